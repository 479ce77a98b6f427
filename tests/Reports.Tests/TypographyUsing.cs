// The font metrics and lookup moved out of the PDF renderer; the PDF tests use them directly.
global using Reports.Typography;
