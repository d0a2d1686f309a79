#!/usr/bin/env python3
"""Check an iCalendar feed against schedule.json with parsers independent of libical.

Usage: check-ics.py FEED.ics SCHEDULE.json [--all] [--curriculum CURRICULUM.yaml]

Reads the feed with three parsers: `icalendar` (expanded with `recurring-ical-events`), `vobject`
and `ics`. For each of them, every event whose UID is `<session>-<occurrence>@<programme>.cursus`
must start and end at the UTC instants of that occurrence in the schedule (its `start` and `end`,
ISO 8601 with offset); every block event `block-<id>@blocks.<programme>.cursus` must cover the
block's dates (DTEND exclusive). A CANCELLED event must not be in the schedule; no UID may appear
twice. With --all, every occurrence and block of the schedule must be in the feed. With
--curriculum, each event's categories must be the curriculum's: the session's `category`, then the
title of its module (once when they are equal), none for a block; each parser must read them from
one CATEGORIES property. The calendar's name (X-WR-CALNAME) must read the same in every parser and
hold at most 60 characters (read as TEXT, an X- property's default type).

Exits 0 when everything matches, 1 otherwise (one line per problem), 2 on bad usage.
"""
import datetime
import json
import sys

import icalendar
import ics
import recurring_ical_events
import vobject
import yaml


# (parser, X-WR-CALNAME as it reads it), filled by the readers.
names = []


def text(raw):
    """An X- property's value read as TEXT, its default type (RFC 5545 3.8.8.2): icalendar and ics
    hand X- values over as written, vobject unescapes them itself."""
    return icalendar.parser.unescape_char(str(raw))


def local_date(value):
    """A schedule.json LocalDate: "2023-01-16" or {"year": 2023, "month": 1, "day": 16}."""
    if isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return datetime.date(value["year"], value["month"], value["day"])


def as_utc(value):
    """A date-time with a zone in UTC; a date, or a date-time without zone, as it is."""
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc)
    return value


class Event:
    """What one parser read of one VEVENT."""

    def __init__(self, uid, status, start, end, categories, category_properties):
        self.uid = uid
        self.status = (status or "CONFIRMED").upper()
        self.start = as_utc(start)
        self.end = as_utc(end)
        self.categories = categories
        self.category_properties = category_properties


def read_icalendar(data):
    calendar = icalendar.Calendar.from_ical(data)
    names.append(("icalendar", text(calendar.get("X-WR-CALNAME"))))
    events = []
    for event in recurring_ical_events.of(calendar).between(datetime.date(1900, 1, 1), datetime.date(2200, 1, 1)):
        raw = event.get("CATEGORIES")
        properties = [] if raw is None else raw if isinstance(raw, list) else [raw]
        categories = [str(c) for p in properties for c in p.cats]
        events.append(Event(str(event.get("UID")), str(event.get("STATUS", "CONFIRMED")),
                            event.get("DTSTART").dt, event.get("DTEND").dt, categories, len(properties)))
    return events


def read_vobject(data):
    calendar = vobject.readOne(data.decode("utf-8"))
    names.append(("vobject", calendar.x_wr_calname.value))
    events = []
    for event in calendar.contents.get("vevent", []):
        properties = event.contents.get("categories", [])
        categories = [c for p in properties for c in p.value]
        status = event.status.value if "status" in event.contents else None
        events.append(Event(event.uid.value, status, event.dtstart.value, event.dtend.value, categories, len(properties)))
    return events


def read_ics(data):
    calendar = ics.Calendar(data.decode("utf-8"))
    names.append(("ics", text(next(line.value for line in calendar.extra if line.name == "X-WR-CALNAME"))))
    events = []
    for event in calendar.events:
        if event.all_day:
            start, end = event.begin.date(), event.end.date()
        else:
            start, end = event.begin.datetime, event.end.datetime
        # ics keeps the categories as a set: compared without their order.
        events.append(Event(event.uid, event.status, start, end, sorted(event.categories), None))
    return events


def expected_categories(curriculum):
    """UID prefix (session id) -> categories, from the curriculum file."""
    modules = {m["id"]: m.get("title") for m in curriculum.get("modules") or []}
    result = {}
    for session in curriculum.get("sessions") or []:
        values = []
        for value in (session.get("category"), modules.get(session.get("module"))):
            if value is not None and str(value) not in values:
                values.append(str(value))
        result[str(session["id"])] = values
    return result


def check(parser, events, occurrences, blocks, categories, want_all, problems):
    seen = set()
    for event in events:
        uid = event.uid
        if uid in seen:
            problems.append(f"{parser}: {uid}: appears more than once")
        seen.add(uid)
        if event.status == "CANCELLED":
            if uid in occurrences or uid in blocks:
                problems.append(f"{parser}: {uid}: CANCELLED in the feed but present in the schedule")
            continue
        if uid in occurrences:
            entry = occurrences[uid]
            want_start = datetime.datetime.fromisoformat(entry["start"]).astimezone(datetime.timezone.utc)
            want_end = datetime.datetime.fromisoformat(entry["end"]).astimezone(datetime.timezone.utc)
            for what, got, want in (("starts", event.start, want_start), ("ends", event.end, want_end)):
                if not isinstance(got, datetime.datetime) or got.tzinfo is None:
                    problems.append(f"{parser}: {uid}: {what} {got!r}, not a date-time with a time zone")
                elif got != want:
                    problems.append(f"{parser}: {uid}: {what} {got.isoformat()}, schedule says {want.isoformat()}")
            want_categories = categories.get(entry["session"]) if categories is not None else None
        elif uid in blocks:
            block = blocks[uid]
            want_start = local_date(block["from"])
            want_end = local_date(block["to"]) + datetime.timedelta(days=1)
            if isinstance(event.start, datetime.datetime) or event.start != want_start or event.end != want_end:
                problems.append(f"{parser}: {uid}: covers {event.start}..{event.end}, "
                                f"schedule says {want_start}..{want_end} (exclusive)")
            want_categories = [] if categories is not None else None
        else:
            problems.append(f"{parser}: {uid}: not in the schedule")
            continue
        if want_categories is not None:
            got = event.categories
            want = want_categories if event.category_properties is not None else sorted(want_categories)
            if got != want:
                problems.append(f"{parser}: {uid}: categories {got}, curriculum says {want}")
            if event.category_properties is not None and event.category_properties > 1:
                problems.append(f"{parser}: {uid}: {event.category_properties} CATEGORIES properties")
    if want_all:
        for uid in sorted(set(occurrences) | set(blocks)):
            if uid not in seen:
                problems.append(f"{parser}: {uid}: in the schedule but not in the feed")
    return len(seen)


def main(argv):
    args, options, curriculum_path = [], set(), None
    rest = argv[1:]
    while rest:
        arg = rest.pop(0)
        if arg == "--curriculum" and rest:
            curriculum_path = rest.pop(0)
        elif arg == "--all":
            options.add(arg)
        elif arg.startswith("--"):
            args = None
            break
        else:
            args.append(arg)
    if args is None or len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    feed_path, schedule_path = args
    with open(feed_path, "rb") as f:
        data = f.read()
    with open(schedule_path, encoding="utf-8") as f:
        schedule = json.load(f)
    categories = None
    if curriculum_path is not None:
        with open(curriculum_path, encoding="utf-8") as f:
            categories = expected_categories(yaml.safe_load(f))

    programme = schedule["programme"]
    occurrences = {
        f"{e['session']}-{e['occurrence']}@{programme}.cursus": e for e in schedule.get("entries", [])
    }
    blocks = {f"block-{b['id']}@blocks.{programme}.cursus": b for b in schedule.get("blocks", [])}

    problems = []
    counts = []
    for parser, read in (("icalendar", read_icalendar), ("vobject", read_vobject), ("ics", read_ics)):
        try:
            events = read(data)
        except Exception as error:  # a parser that refuses the feed is a problem to report, not a crash
            problems.append(f"{parser}: cannot read the feed: {type(error).__name__}: {error}")
            continue
        counts.append(f"{parser} {check(parser, events, occurrences, blocks, categories, '--all' in options, problems)}")

    if len({name for _, name in names}) > 1:
        problems.append("X-WR-CALNAME reads differently: " + "; ".join(f"{p} {n!r}" for p, n in names))
    for parser, name in names:
        if len(name) > 60:
            problems.append(f"{parser}: X-WR-CALNAME has {len(name)} characters: {name!r}")
    for problem in problems:
        print(f"{feed_path}: {problem}")
    print(f"check-ics: events checked: {', '.join(counts)}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
