"""Chronology: Documents, Analyses and the entities named per sentence in; a Chronology out.

Temporal expressions resolved to partial dates against the document's date (`dates`),
dated sentences as events merged across sources and key dates ranked (`events`), the
named rules that tell a sentence states no happening (`happenings`), each event
summarised as a short statement (`summary`).
"""
