// The object that carries the GUI tests' precompiled header (tests/CMakeLists.txt, HC_PCH):
// the header is built with the GUI tests' own flags, and every GUI test reuses it.
