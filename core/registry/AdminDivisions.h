#pragma once
// GB/T 2260 administrative division codes, current and historical (1980-2019): the first six
// digits of an ID number keep the code of the place of first registration, so a code that
// has since been abolished is still valid. A county code missing from the table (a district
// created after it was compiled) is accepted when its prefecture (XXYY00) is known.

namespace hc {

class AdminDivisions
{
public:
    // code: six digits as a number (110105).
    static bool isKnownCode(int code);
    // Not a province as a whole (XX0000); an exact code, or a county-level code (last two digits not 00) of a
    // known prefecture.
    static bool isPlausibleIdRegion(int code);
};

} // namespace hc
