"""Publish: the Corpus and the Findings in; pages, data, charts, the PDF and the site out.

Which entities get a page (`policy`), what each page shows (`profiles`,
`chronology_pages`), the Jinja templates rendered (`render`, `pages`), the charts
(`charts` decides, `plot` draws, `chart_cache` keeps them), the data files (`export`),
the PDF (`pdf`), what changed since the last build (`changes`: the Changes page and
feed.xml), the generated files written all or none (`output`), and MkDocs run on them
(`mkdocs`).
"""
