#!/usr/bin/env python3
"""Check an iCalendar feed against schedule.json with a parser independent of libical.

Usage: check-ics.py FEED.ics SCHEDULE.json [--all]

Reads the feed with the `icalendar` package and expands it with `recurring-ical-events`. Every
event whose UID is `<session>-<occurrence>@<programme>.cursus` must start and end at the UTC
instants of that occurrence in the schedule (its `start` and `end`, ISO 8601 with offset); every
block event `block-<id>@blocks.<programme>.cursus` must cover the block's dates (DTEND exclusive).
A CANCELLED event must not be in the schedule; no UID may appear twice. With --all, every
occurrence and block of the schedule must be in the feed.

Exits 0 when everything matches, 1 otherwise (one line per problem), 2 on bad usage.
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def local_date(value):
    """A schedule.json LocalDate: "2023-01-16" or {"year": 2023, "month": 1, "day": 16}."""
    if isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return datetime.date(value["year"], value["month"], value["day"])


def as_utc(value, what, problems):
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        problems.append(f"{what}: {value!r} is not a date-time with a time zone")
        return None
    return value.astimezone(datetime.timezone.utc)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2 or any(a not in ("--all",) for a in argv[1:] if a.startswith("--")):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    feed_path, schedule_path = args
    with open(feed_path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    with open(schedule_path, encoding="utf-8") as f:
        schedule = json.load(f)

    programme = schedule["programme"]
    occurrences = {
        f"{e['session']}-{e['occurrence']}@{programme}.cursus": e for e in schedule.get("entries", [])
    }
    blocks = {f"block-{b['id']}@blocks.{programme}.cursus": b for b in schedule.get("blocks", [])}

    problems = []
    seen = set()
    events = recurring_ical_events.of(calendar).between(datetime.date(1900, 1, 1), datetime.date(2200, 1, 1))
    for event in events:
        uid = str(event.get("UID"))
        if uid in seen:
            problems.append(f"{uid}: appears more than once")
        seen.add(uid)
        status = str(event.get("STATUS", "CONFIRMED")).upper()
        if status == "CANCELLED":
            if uid in occurrences or uid in blocks:
                problems.append(f"{uid}: CANCELLED in the feed but present in the schedule")
            continue
        start, end = event.get("DTSTART").dt, event.get("DTEND").dt
        if uid in occurrences:
            entry = occurrences[uid]
            want_start = datetime.datetime.fromisoformat(entry["start"]).astimezone(datetime.timezone.utc)
            want_end = datetime.datetime.fromisoformat(entry["end"]).astimezone(datetime.timezone.utc)
            got_start = as_utc(start, f"{uid} DTSTART", problems)
            got_end = as_utc(end, f"{uid} DTEND", problems)
            if got_start is not None and got_start != want_start:
                problems.append(f"{uid}: starts {got_start.isoformat()}, schedule says {want_start.isoformat()}")
            if got_end is not None and got_end != want_end:
                problems.append(f"{uid}: ends {got_end.isoformat()}, schedule says {want_end.isoformat()}")
        elif uid in blocks:
            block = blocks[uid]
            want_start = local_date(block["from"])
            want_end = local_date(block["to"]) + datetime.timedelta(days=1)
            if isinstance(start, datetime.datetime) or start != want_start or end != want_end:
                problems.append(f"{uid}: covers {start}..{end}, schedule says {want_start}..{want_end} (exclusive)")
        else:
            problems.append(f"{uid}: not in the schedule")

    if "--all" in argv:
        for uid in sorted(set(occurrences) | set(blocks)):
            if uid not in seen:
                problems.append(f"{uid}: in the schedule but not in the feed")

    for problem in problems:
        print(f"{feed_path}: {problem}")
    print(f"check-ics: {len(seen)} events checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
