#!/usr/bin/env python3
"""Prints, as JSON, the values hostile.yaml says the generated Hostile module must carry.

The YAML is read with PyYAML's composer only: scalars stay the exact text the YAML defines
(after escapes), never YAML 1.1 booleans or floats, so a decimal keeps every digit. The Swift
check program compares the generated module against this JSON, so no expected value is
written twice.
"""
import json
import sys
from urllib.parse import quote

import yaml


def mapping(node):
    """A mapping node as an ordered list of (key text, value node)."""
    assert isinstance(node, yaml.MappingNode), node
    return [(key.value, value) for key, value in node.value]


def get(node, key):
    return dict(mapping(node)).get(key)


def enum_values(node):
    values = []
    for item in node.value:
        values.append(item.value if isinstance(item, yaml.ScalarNode) else get(item, "value").value)
    return values


def form_escape(text):
    # The runtime keeps only RFC 3986 unreserved characters, exactly what quote(safe="") keeps.
    return quote(text, safe="", encoding="utf-8")


def date_at_epoch(pattern):
    text = pattern
    for field, value in [("yyyy", "1970"), ("SSS", "000"), ("MM", "01"), ("dd", "01"), ("HH", "00"), ("mm", "00"), ("ss", "00")]:
        text = text.replace(field, value)
    return text


def main(path):
    with open(path, encoding="utf-8") as file:
        root = yaml.compose(file)
    types = get(root, "types")
    model = get(types, "HostileModel")
    fields = mapping(get(model, "fields"))

    defaults = []
    enums = {}
    patterns = {}
    stamp = None
    for wire, field in fields:
        type_node = get(field, "type")
        if get(field, "enum") is not None:
            enums["HostileModel." + get(field, "enumName").value] = enum_values(get(field, "enum"))
        if get(field, "default") is not None:
            kind = "decimal" if type_node is not None and type_node.value == "decimal" else "string"
            defaults.append({"wire": wire, "value": get(field, "default").value, "kind": kind})
        if get(field, "pattern") is not None:
            patterns[wire] = get(field, "pattern").value
        items = get(field, "items")
        if isinstance(items, yaml.MappingNode) and get(items, "pattern") is not None:
            patterns[wire + "[]"] = get(items, "pattern").value
        if get(field, "dateFormat") is not None:
            stamp = {"wire": wire, "epoch": date_at_epoch(get(field, "dateFormat").value)}
    for name, node in mapping(types):
        if get(node, "enum") is not None:
            enums[name] = enum_values(get(node, "enum"))

    rules = [{"id": get(rule, "id").value, "message": get(rule, "message").value} for rule in get(model, "rules").value]

    operation = get(get(root, "operations"), "default")
    path_parameters = mapping(get(operation, "pathParameters"))
    assert len(path_parameters) == 1
    path_name, path_parameter = path_parameters[0]
    path_value = get(path_parameter, "example").value
    path = get(operation, "path").value.replace("{" + path_name + "}", path_value)

    print(json.dumps({
        "defaults": defaults,
        "form": "&".join(form_escape(item["wire"]) + "=" + form_escape(item["value"]) for item in defaults),
        "enums": enums,
        "patterns": patterns,
        "rules": rules,
        "stamp": stamp,
        "fixedHeaders": [[name, value.value] for name, value in mapping(get(root, "headers"))],
        "path": path,
        "pathParameter": path_value,
        "query": [[name, get(node, "example").value] for name, node in mapping(get(operation, "query"))],
        "headers": [[name, get(node, "example").value] for name, node in mapping(get(operation, "headers"))],
    }, indent=1))


if __name__ == "__main__":
    main(sys.argv[1])
