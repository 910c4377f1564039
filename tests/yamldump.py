"""YAML as an editor writes it: a value that two fields share is written out twice, never as an
&anchor/*alias pair (content refuses aliases, docs/errors.md)."""
from __future__ import annotations

import yaml


class NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def dump(data, **options) -> str:
    return yaml.dump(data, Dumper=NoAliases, **options)
