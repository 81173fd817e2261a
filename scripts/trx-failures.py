"""Prints each failed test in the given TRX files: its name and the first lines of its message and stack.

test.sh calls it just above the summary line, so the tail of a CI log says which test failed and why.
"""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

for path in sys.argv[1:]:
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") != "Failed":
            continue
        print(f"  FAILED {result.get('testName')} [{result.get('duration')}]")
        for tag in ("Message", "StackTrace"):
            node = result.find(f".//t:ErrorInfo/t:{tag}", NS)
            if node is not None and node.text:
                for line in node.text.strip().splitlines()[:12]:
                    print(f"    {line}")
