"""Resolve: Documents and their Analyses in, Entities (people, organizations, places) out.

The passes, in the order `entities.resolve_entities` runs them: clean the spans into
candidate mentions (`mentions`; acronyms a text defines as things: `acronyms`), turn speaker labels into mentions (`speakers`), group
and merge the names that are one thing (`resolution`; names spelled otherwise:
`variants`), apply the analyst's corrections (`corrections`), find the mentions the
pipeline missed and named groups (`refind`), then the roles stated for each (`roles`).
What a person's surname and first name are, and when two names can be one person:
`names`. The word lists they use are data, in generator/lexicon/.
"""
