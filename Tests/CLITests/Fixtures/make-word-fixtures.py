#!/usr/bin/env python3
"""Builds the Word fixtures: mixed/notes/compte-rendu-girard.docx, written with python-docx as Word writes it
(list items numbered through w:numPr, a table, a line break, a tab), and word-broken/, the files a user may
have that are not readable Word documents.

    pip install python-docx==1.2.0 msoffcrypto-tool==6.1.0
    python3 Tests/CLITests/Fixtures/make-word-fixtures.py

Word stamps documents with the time they were written; the fixed dates below keep the output identical.
"""
import datetime
import io
import os
import zipfile

import docx
from msoffcrypto.format.ooxml import OOXMLFile
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 3, 5, 9, 0, 0)


def numbered(paragraph, num_id):
    """Numbers a paragraph the way Word's bullet button does: w:numPr in the paragraph's own properties."""
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    identifier = OxmlElement("w:numId")
    identifier.set(qn("w:val"), str(num_id))
    numbering.append(level)
    numbering.append(identifier)
    properties.append(numbering)


def call_note():
    document = docx.Document()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.add_heading("Compte rendu – Batiplus", level=1)
    intro = document.add_paragraph("Deuxième rendez-vous avec M. Girard, gérant, et sa responsable ")
    intro.add_run("planning").bold = True
    intro.add_run(", Élodie.")
    line = document.add_paragraph("Durée :")
    line.add_run().add_tab()
    line.add_run("1 h 15")
    line.add_run().add_break()
    line.add_run("Lieu : leurs bureaux de Nantes.")
    document.add_paragraph("Questions posées :")
    for item in ["Combien d'équipes partent chaque matin ?", "Qui prévient le client d'un retard ?",
                 "Que coûte une intervention ratée ?"]:
        numbered(document.add_paragraph(item), 1)
    document.add_paragraph("Ce que le client m'a dit :")
    table = document.add_table(rows=3, cols=2)
    for row, (topic, answer) in zip(table.rows, [("Équipes", "Douze, de deux techniciens"),
                                                 ("Retards", "Personne : le client appelle lui-même"),
                                                 ("Coût", "Environ 400 € et un client mécontent")]):
        row.cells[0].text = topic
        row.cells[1].text = answer
    document.add_paragraph(
        "J'ai reformulé : ils veulent prévenir leurs clients avant l'heure prévue. Élodie a validé. "
        "Prochaine étape : démonstration avec le planning réel jeudi prochain.")
    output = io.BytesIO()
    document.save(output)
    return fixed_times(output.getvalue())


def fixed_times(data):
    """The same ZIP with every entry dated FIXED, so the bytes do not change from one run to the next."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return output.getvalue()


def zip_of(entries, compress=zipfile.ZIP_DEFLATED):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compress) as target:
        for name, content in entries:
            entry = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            entry.compress_type = compress
            target.writestr(entry, content)
    return output.getvalue()


def encrypted_flag(data):
    """Sets the encryption flag of every entry, as a ZIP tool's password option does (the content is left as
    is: the flag is what a reader meets first)."""
    data = bytearray(data)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + flag_offset] |= 1
            start = found + 4
    return bytes(data)


def corrupt_payload(data):
    """Flips bytes in the middle of word/document.xml's compressed data."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("word/document.xml")
    header = info.header_offset
    name_length = int.from_bytes(data[header + 26:header + 28], "little")
    extra_length = int.from_bytes(data[header + 28:header + 30], "little")
    start = header + 30 + name_length + extra_length + info.compress_size // 2
    damaged = bytearray(data)
    for offset in range(start, start + 16):
        damaged[offset] ^= 0x5A
    return bytes(damaged)


def write(path, data):
    with open(os.path.join(HERE, path), "wb") as file:
        file.write(data)


def main():
    note = call_note()
    write("mixed/notes/compte-rendu-girard.docx", note)
    os.makedirs(os.path.join(HERE, "word-broken"), exist_ok=True)
    write("word-broken/tronque.docx", note[: len(note) * 2 // 3])
    write("word-broken/pas-un-zip.docx", "Ceci est un texte renommé en .docx.\n".encode())
    write("word-broken/endommage.docx", corrupt_payload(note))
    write("word-broken/sans-document.docx", zip_of([("[Content_Types].xml", "<Types/>")]))
    write("word-broken/xml-invalide.docx", zip_of([("word/document.xml", "<w:document><w:body><w:p>")]))
    write("word-broken/zip-chiffre.docx",
          encrypted_flag(zip_of([("word/document.xml", "<w:document/>")], zipfile.ZIP_STORED)))
    protected = io.BytesIO()
    office = OOXMLFile(io.BytesIO(note))
    office.encrypt("secret", protected)
    write("word-broken/protege.docx", protected.getvalue())


if __name__ == "__main__":
    main()
