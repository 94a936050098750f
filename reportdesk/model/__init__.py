"""Frozen value types shared by every stage.

Readers produce `Paragraph`s; the structure stage turns them into `Report`s made of
`Section` trees and `Block`s; a whole file becomes a `ParsedFile`; the alignment cuts the
blocks into `Passage`s and gives each a topic. Nothing here knows about Qt, python-docx or
the file system beyond plain paths as strings.

document.py  paragraphs, documents, sections, reports, blocks, keys
text.py      a report as one text and where its pieces lie in it
parts.py     the parts of a report and which the matrix shows
alignment.py report and section references, passages, topics, cells, the Alignment
pins.py      the user's corrections
errors.py    UserError: the errors whose message a user reads as it is
"""
from reportdesk.model.alignment import (OTHER, Alignment, Cell, Passage, ReportRef, SectionRef, TopicAssignment,
                                        TopicList)
from reportdesk.model.document import (Block, Document, Paragraph, ParsedFile, Report, Section, count_chars,
                                       is_passage_key, keyed_sections, parent_of_key, report_name, report_of_key,
                                       section_key, section_paths)
from reportdesk.model.parts import MATRIX_PARTS, PART_TABLE, PARTS, matrix_part, part_name
from reportdesk.model.errors import UserError
from reportdesk.model.pins import Pins
from reportdesk.model.report_text import ReportText, report_text

__all__ = ["Alignment", "Block", "Cell", "Document", "MATRIX_PARTS", "OTHER", "PART_TABLE", "PARTS", "Paragraph",
           "ParsedFile", "Passage", "Pins", "Report", "ReportRef", "ReportText", "Section", "SectionRef",
           "TopicAssignment", "TopicList", "UserError", "count_chars", "is_passage_key", "keyed_sections",
           "matrix_part", "parent_of_key", "part_name", "report_name", "report_of_key", "report_text", "section_key",
           "section_paths"]
