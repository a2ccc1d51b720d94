// Generated code imports ProviderRuntime alone and gets everything: the rules, formats and codings
// live in ProviderRuntimeCore, which the generator itself uses too. Only the URLSession and
// swift-http-types conversions live here, so the providergen tool never loads
// FoundationNetworking (libcurl and its TLS stack), which on Linux doubles its start-up time.
// Response heads are `HTTPFields`; generated signatures name the type.
// What only generated code calls is `@_spi(Generated)` in both modules; generated files import
// this module with `@_spi(Generated)`, which also opens ProviderRuntimeCore's SPI re-exported here.
@_exported import HTTPTypes
@_exported import ProviderRuntimeCore
