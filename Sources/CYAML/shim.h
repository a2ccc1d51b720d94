#ifndef PROVIDERGEN_CYAML_SHIM_H
#define PROVIDERGEN_CYAML_SHIM_H
#include <yaml.h>
#endif
