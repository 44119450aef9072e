"""Chronology: Documents, Analyses and the entities named per sentence in; a Chronology out.

Temporal expressions resolved to partial dates against the document's date (`dates`;
the year of a date written without one, `years`),
dated sentences as events merged across sources and key dates ranked (`events`), the
named rules that tell a sentence states no happening (`happenings`, `speech`,
`figures`, with the clause helpers of `clauses`), each event
summarised as a short statement (`summary`).
"""
