"""Authoring a registry: from documents to claims.

* :mod:`.scaffold` — ``desertcheck init``: the folders and commented files of a new registry;
* :mod:`.extract`, :mod:`.fetch`, :mod:`.source` — ``desertcheck add source``: a document
  (text, Markdown, HTML, PDF; a file or a URL) imported with its front matter;
* :mod:`.scan` — ``desertcheck scan``: every figure of the sources and the claim that
  records it, or the exclusion that explains it;
* :mod:`.stubs`, :mod:`.periods`, :mod:`.vocabulary`, :mod:`.yamltext` — claims written
  for the figures no claim records (``scan --stubs``) and for a quote (``add claim``);
* :mod:`.claimfile` — appending claims to a claims file, its comments and layout kept;
* :mod:`.claim` — ``desertcheck add claim``.
"""
