"""The claim-handling manual (クレーム対応マニュアル): loading, indexing and searching. No Qt, no I/O
beyond reading the section files.

A manual is a folder of Markdown files, one section per file, named `<id>.md`. Each file starts
with a small front-matter block (see `front_matter` for the syntax and `sections` for the fields)::

    ---
    id: delivery-damaged
    title: 配送中の破損
    categories: [delivery.damaged]
    templates: [damaged_item, ack_deadline]
    order: 320
    ---
    # 配送中の破損
    - [ ] 外箱の写真をお願いする
    ...

Inside the body, `- [ ] text` lines are the section's checklist, and `[text](other-id)` links to
another section (see `sections.internal_link`).
"""
