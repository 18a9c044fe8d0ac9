"""The search filters shared by the commands that select articles (`search`, `export`).

One definition, so every such command takes the same options with the same help and
checks them the same way. Not a command itself (not in `cli.COMMANDS`).
"""

from __future__ import annotations

import argparse
from datetime import date

from ..errors import ConfigError


def date_arg(value: str) -> date:
    """argparse type for YYYY-MM-DD, with a message that says the expected form."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date: use YYYY-MM-DD") from None


def add_filters(p: argparse.ArgumentParser) -> None:
    """--entity, --kind, --country, --source, --speaker, --event, --since, --until."""
    p.add_argument("--entity", help="entity: registry id (per:joko-widodo), store key, any "
                   "name or alias; matches every name the registry links to it (Jokowi)")
    p.add_argument("--kind", help="articles mentioning an entity of this kind (PERSON, ORG...)")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code of a mentioned entity")
    p.add_argument("--source", help="publisher, e.g. Kompas.com")
    p.add_argument("--speaker",
                   help="quoted speaker: entity id, name or alias (registry, as --entity)")
    p.add_argument("--event", help="PLOVER event code, e.g. ACCUSE")
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD",
                   help="published on or after this day")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD",
                   help="published on or before this day (inclusive)")


def check_dates(args: argparse.Namespace) -> None:
    if args.since and args.until and args.since > args.until:
        raise ConfigError(f"--since {args.since} is after --until {args.until}")
