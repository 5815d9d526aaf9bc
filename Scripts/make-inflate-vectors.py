#!/usr/bin/env python3
"""Writes the DEFLATE and ZIP test vectors of Tests/Office/ with Python's zlib and zipfile.

    python3 Scripts/make-inflate-vectors.py

The inputs: the fixture scorecard (text), a mix of text and bytes with long runs, and 46,367
bytes whose 22 symbols have Fibonacci frequencies, shuffled (no repeats to match), so that a
Huffman-only stream needs codes of the longest length, 15 bits. Each is compressed at every
level 0-9 and with the filtered, Huffman-only, RLE and fixed strategies, as raw DEFLATE.
"""
import os, random, zipfile, zlib

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = os.path.join(root, "Tests", "Office", "inflate")
os.makedirs(out, exist_ok=True)

text = open(os.path.join(root, "Fixtures", "binh-thanh-2023.json"), "rb").read()
rng = random.Random(13)
mixed = b"".join(
    bytes([rng.randrange(256)]) * rng.randrange(1, 300) + text[: rng.randrange(0, 200)] for _ in range(120)
)
fib = [1, 1]
while len(fib) < 22:
    fib.append(fib[-1] + fib[-2])
symbols = [i for i, n in enumerate(fib) for _ in range(n)]
rng.shuffle(symbols)
skewed = bytes(s * 11 for s in symbols)

for name, data in [("text", text), ("mixed", mixed), ("skewed", skewed)]:
    open(os.path.join(out, name + ".raw"), "wb").write(data)
    for level in range(10):
        c = zlib.compressobj(level, zlib.DEFLATED, -15)
        open(os.path.join(out, f"{name}-{level}.deflate"), "wb").write(c.compress(data) + c.flush())
    for strategy, tag in [(zlib.Z_FILTERED, "filtered"), (zlib.Z_HUFFMAN_ONLY, "huffman"),
                          (zlib.Z_RLE, "rle"), (zlib.Z_FIXED, "fixed")]:
        c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, strategy)
        open(os.path.join(out, f"{name}-{tag}.deflate"), "wb").write(c.compress(data) + c.flush())
    # Flushed in small pieces: many blocks, empty stored blocks among them (Z_SYNC_FLUSH).
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    pieces = [c.compress(data[i : i + 1000]) + c.flush(zlib.Z_SYNC_FLUSH) for i in range(0, len(data), 1000)]
    open(os.path.join(out, f"{name}-sync.deflate"), "wb").write(b"".join(pieces) + c.flush())

zips = os.path.join(root, "Tests", "Office", "zip")
os.makedirs(zips, exist_ok=True)
with zipfile.ZipFile(os.path.join(zips, "two-parts.zip"), "w") as z:
    z.writestr(zipfile.ZipInfo("stored.txt"), b"stored, not compressed\n", compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("folder/text.json"), text, compress_type=zipfile.ZIP_DEFLATED)
# Every size and the offset in ZIP64 fields, and a ZIP64 end record with its locator: what a
# writer does for parts over 4 GiB, made by hand on a small part.
import struct
body = zlib.compressobj(9, zlib.DEFLATED, -15)
packed = body.compress(text) + body.flush()
crc, name, full = zlib.crc32(text), b"text.json", 0xFFFFFFFF
local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0, crc, full, full, len(name), 20)
local += name + struct.pack("<HHQQ", 1, 16, len(text), len(packed)) + packed
extra = struct.pack("<HHQQQ", 1, 24, len(text), len(packed), 0)
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0, crc, full, full, len(name),
                      len(extra), 0, 0, 0, 0, full) + name + extra
start = len(local)
record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 1, 1, len(central), start)
locator = struct.pack("<IIQI", 0x07064B50, 0, start + len(central), 1)
end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, full, full, 0)
open(os.path.join(zips, "zip64.zip"), "wb").write(local + central + record + locator + end)

# A zip bomb: 20 MiB of zeros in a part of some 20 KiB, a thousand times its size.
with zipfile.ZipFile(os.path.join(zips, "bomb.zip"), "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", bytes(20 << 20))

# The same as a Word document: [Content_Types].xml names word/document.xml, 20 MiB of empty
# paragraphs in some 20 KiB (Tests/Hostile/office-zip-bomb reads it).
types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         b'wordprocessingml.document.main+xml"/></Types>')
body = b"<w:p/>" * ((20 << 20) // 6)
document = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body + b"</w:body></w:document>")
with zipfile.ZipFile(os.path.join(zips, "bomb.docx"), "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("word/document.xml", document)
