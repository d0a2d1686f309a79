#!/usr/bin/env python3
"""Reads a notice written by `cursus solve` (releases/<n>/notices/<kind>-<id>.eml) with Python's
`email` package and its text/calendar part with `icalendar`, independently of Cursus, and prints
what they hold as JSON: headers (decoded), the parts' content types, the text body, and each event
of the calendar part (UID, STATUS, SEQUENCE, DTSTART in ISO 8601)."""
import email
import email.policy
import json
import sys

import icalendar


def main(path):
    with open(path, "rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    if message.defects:
        raise SystemExit(f"{path}: defects {message.defects}")
    parts = [part for part in message.iter_parts()]
    events = []
    text = None
    for part in parts:
        if part.get_content_type() == "text/plain":
            text = part.get_content()
        if part.get_content_type() == "text/calendar":
            calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
            for event in calendar.walk("VEVENT"):
                events.append({
                    "uid": str(event["UID"]),
                    "status": str(event.get("STATUS", "")),
                    "sequence": int(event.get("SEQUENCE", 0)),
                    "start": event.decoded("DTSTART").isoformat(),
                })
    print(json.dumps({
        "subject": str(message["Subject"]),
        "to": str(message["To"]),
        "from": str(message["From"]),
        "date": str(message["Date"]),
        "content_type": message.get_content_type(),
        "parts": [part.get_content_type() for part in parts],
        "text": text,
        "events": sorted(events, key=lambda e: e["uid"]),
    }, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
