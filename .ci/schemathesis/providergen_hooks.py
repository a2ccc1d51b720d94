"""Schemathesis hooks for the sandbox contract test (.ci/contract).

An exported OpenAPI document states most of a schema's rules, but keeps in `x-providergen-*`
extensions what JSON Schema cannot say: cross-field rules, Unicode character classes, formats
whose validity depends on another field (a phone number for the contact's country). The sandbox
enforces all of them, so a case schemathesis generates as "positive" from the document alone may
rightly be refused. These hooks read the extensions:

- positive cases whose body breaks an extension rule are filtered out (they are not positive);
  a value whose validity depends on a country-specific format that Python cannot judge is
  filtered out too, so `positive_data_acceptance` only sees cases the document and its
  extensions call valid;
- a `binaryBoolean` field (`x-providergen-type`) is written as 0 or 1 but also read as true or
  false, as the README's schema reference says, so its schema is widened to both before loading;
- the runtime's format names that schemathesis does not know (`countryCode`, `iban`, ...) get
  strategies that produce valid values, so positive bodies exercise the success path.
"""

import string
import unicodedata

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

# Samples of valid values for the runtime's format names (ISO 3166-1, ISO 4217, ISO 13616, ISO 9362).
FORMAT_SAMPLES = {
    "countryCode": ["US", "GB", "DE", "FR", "ES", "NL", "IN", "MX", "CL", "CO", "PE", "AR", "BR"],
    "currencyCode": ["USD", "EUR", "GBP", "INR", "MXN", "CLP", "COP", "PEN", "ARS", "BRL"],
    "iban": ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300"],
    "bic": ["DEUTDEFF", "NWBKGB2L", "ABNANL2A", "BNPAFRPPXXX"],
}

for name, samples in FORMAT_SAMPLES.items():
    schemathesis.openapi.format(name, st.sampled_from(samples))

# Formats schemathesis generates valid values for by itself.
KNOWN_FORMATS = {"email", "date", "date-time", "int64", "int32", "uuid", *FORMAT_SAMPLES}

# Unicode White_Space (Python's isspace also takes U+001C..U+001F, which are not).
WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}
SPECIAL = set(string.punctuation)


def _in_class(char, name):
    category = unicodedata.category(char)
    if name == "asciiLetters":
        return char in string.ascii_letters
    if name == "asciiDigits":
        return char in string.digits
    if name == "digits":
        return category == "Nd"
    if name == "letters":
        # The runtime takes Unicode Alphabetic plus combining marks; L*, Nl and M* are inside that set,
        # so a character outside them is treated as refused (filtering a few valid values at most).
        return category[0] in "LM" or category == "Nl"
    if name == "alphanumeric":
        return _in_class(char, "letters") or category == "Nd"
    if name == "whitespace":
        return char in WHITE_SPACE
    if name == "space":
        return char == " "
    if name == "hyphen":
        return char == "-"
    if name == "special":
        return char in SPECIAL
    raise ValueError(f"unknown character class {name!r} in x-providergen-allowed-characters")


def _allows(spec, char):
    return char in spec.get("extra", "") or any(_in_class(char, name) for name in spec["classes"])


class Document:
    """Resolves local `$ref`s of one exported document."""

    def __init__(self, raw):
        self.raw = raw

    def resolve(self, schema):
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 32:
            node = self.raw
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema, seen = node, seen + 1
        return schema

    def acceptable(self, value, schema):
        """False when `value` breaks a rule kept in an extension, or depends on one Python cannot judge."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return True
        if not all(self.acceptable(value, part) for part in schema.get("allOf", [])):
            return False
        if "anyOf" in schema and value is not None:
            if not any(self.acceptable(value, part) for part in schema["anyOf"]):
                return False
        if isinstance(value, str):
            return self._string_acceptable(value, schema)
        if isinstance(value, list):
            items = schema.get("items", {})
            return all(self.acceptable(item, items) for item in value)
        if isinstance(value, dict):
            return self._object_acceptable(value, schema)
        return True

    def _string_acceptable(self, value, schema):
        allowed = schema.get("x-providergen-allowed-characters")
        if allowed and not all(_allows(allowed, char) for char in value):
            return False
        last = schema.get("x-providergen-allowed-last-character")
        if last and value and not _allows(last, value[-1]):
            return False
        # A format with arguments (a phone or document number for the contact's country) and an ICU
        # pattern that could not be rewritten are beyond what this hook can check.
        if "x-providergen-format" in schema or "x-providergen-pattern" in schema:
            return False
        return schema.get("format") in (None, *KNOWN_FORMATS)

    def _object_acceptable(self, value, schema):
        properties = schema.get("properties", {})
        for key, item in value.items():
            child = properties.get(key, schema.get("additionalProperties", {}))
            if not self.acceptable(item, child if isinstance(child, dict) else {}):
                return False
        given = {key for key, item in value.items() if item is not None}
        for rule in schema.get("x-providergen-rules", []):
            if rule.get("severity") == "warning":
                continue
            if not _rule_holds(rule, value, given):
                return False
        return True


def _rule_holds(rule, value, given):
    if "when" in rule:
        return rule["when"] not in given or set(rule["requires"]) <= given
    if "allowedCombinations" in rule:
        fields = rule["allowedCombinations"]["fields"]
        if not set(fields) <= given:
            return True
        return [value[field] for field in fields] in rule["allowedCombinations"]["rows"]
    if "atLeastOneOf" in rule:
        return bool(given & set(rule["atLeastOneOf"]))
    if "exactlyOneOf" in rule:
        return len(given & set(rule["exactlyOneOf"])) == 1
    raise ValueError(f"unknown rule in x-providergen-rules: {rule}")


@schemathesis.hook
def before_load_schema(context, raw_schema):
    _widen_binary_booleans(raw_schema)


def _widen_binary_booleans(node):
    if isinstance(node, dict):
        if node.get("x-providergen-type") == "binaryBoolean":
            kinds = node.get("type")
            if kinds == "integer":
                node["type"] = ["integer", "boolean"]
            elif isinstance(kinds, list) and "integer" in kinds:
                node["type"] = [*kinds, "boolean"]
            if "enum" in node:
                node["enum"] = [*node["enum"], True, False]
        for child in node.values():
            _widen_binary_booleans(child)
    elif isinstance(node, list):
        for child in node:
            _widen_binary_booleans(child)


@schemathesis.hook
def filter_case(context, case):
    if case.meta is None or case.meta.generation.mode != GenerationMode.POSITIVE:
        return True
    operation = case.operation
    document = Document(operation.schema.raw_schema)
    body_schema = _body_schema(operation.definition.raw, case.media_type)
    if body_schema is not None and case.body is not None and not isinstance(case.body, bytes):
        if not document.acceptable(case.body, body_schema):
            return False
    for parameter in operation.definition.raw.get("parameters", []):
        parameter = document.resolve(parameter)
        location = {"path": case.path_parameters, "query": case.query, "header": case.headers}.get(parameter["in"])
        if location and parameter["name"] in location:
            if not document.acceptable(location[parameter["name"]], parameter.get("schema", {})):
                return False
    return True


def _body_schema(operation, media_type):
    content = operation.get("requestBody", {}).get("content", {})
    entry = content.get(media_type) or next(iter(content.values()), None)
    return entry.get("schema") if entry else None
