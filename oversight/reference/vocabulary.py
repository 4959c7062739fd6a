"""Facts about authorities that the lookup table does not hold, kept as data.

Sources: ../shared/domain.md section 9 (reorganisations, URNs, DfE codes), and the names councils and Ofsted use in
the dev corpus and the seeds.
"""

from __future__ import annotations

# Canonical names where the ONS name is not how people write the council's name.
CANONICAL_NAMES = {
    "Bristol, City of": "Bristol",
    "Kingston Upon Hull, City of": "Kingston upon Hull",
    "St. Helens": "St Helens",
    "Durham": "County Durham",
    "Bedford Borough": "Bedford",
}

# Authorities abolished since 2013 that la_lookup.csv does not list: (la_code, name, region).
# URNs unknown to us stay None rather than guessed.
EXTRA_AUTHORITIES = [
    ("835", "Dorset County Council", "South West"),
    ("837", "Bournemouth", "South West"),
]

# Reorganisations: predecessor la_code -> (date the successors took over, successor la_codes).
REORGANISATIONS = {
    "835": ("2019-04-01", ("838", "839")),  # old Dorset: rest of the county to Dorset, Christchurch to BCP
    "836": ("2019-04-01", ("839",)),  # Poole
    "837": ("2019-04-01", ("839",)),  # Bournemouth
    "928": ("2021-04-01", ("940", "941")),  # Northamptonshire
    "909": ("2023-04-01", ("942", "943")),  # Cumbria
}

# Names of abolished authorities as the table gives them, made unmistakable from their successors.
ABOLISHED_NAMES = {"909": "Cumbria", "928": "Northamptonshire", "836": "Poole"}

# Other ways documents name a council (la_code -> names). Seen in Ofsted reports, council press releases,
# local news and minutes.
ALIASES = {
    "839": ["BCP", "BCP Council", "Bournemouth, Christchurch & Poole", "Bournemouth Christchurch and Poole"],
    "810": ["Hull", "Hull City Council", "Kingston upon Hull City Council", "City of Hull"],
    "801": ["Bristol City Council", "City of Bristol"],
    "840": ["Durham County Council", "Durham"],
    "342": ["Saint Helens", "St Helens Council", "St. Helens"],
    "835": ["Dorset County Council"],
    "838": ["Dorset Council"],
    "928": ["Northamptonshire County Council"],
    "909": ["Cumbria County Council"],
    "201": ["City of London", "City of London Corporation", "Corporation of London"],
    "894": ["Telford & Wrekin"],
    "825": ["Bucks County Council", "Bucks Council"],  # seen in real local news (Bucks Free Press)
    "868": ["Royal Borough of Windsor and Maidenhead", "RBWM"],
    "314": ["Royal Borough of Kingston upon Thames", "Kingston"],
    "318": ["Richmond", "London Borough of Richmond upon Thames"],
    "313": ["London Borough of Hounslow"],
    "882": ["Southend", "Southend-on-Sea City Council", "Southend on Sea"],
    "861": ["Stoke", "Stoke on Trent"],
    "808": ["Stockton", "Stockton on Tees"],
    "889": ["Blackburn", "Blackburn with Darwen Borough Council"],
    "846": ["Brighton", "Brighton & Hove"],
    "880": ["Torbay Council"],
    "821": ["Luton Borough Council"],
    "822": ["Bedford Borough Council", "Bedford Borough"],
    "390": ["Gateshead Council"],
    "393": ["South Tyneside Council"],
    "392": ["North Tyneside Council"],
    "354": ["Rochdale Borough Council"],
    "935": ["Suffolk County Council"],
    "420": ["Scilly", "Council of the Isles of Scilly"],
    "921": ["IOW", "Isle of Wight Council"],
    "391": ["Newcastle", "Newcastle City Council"],
    "811": ["East Riding", "East Riding of Yorkshire Council"],
    "800": ["Bath & North East Somerset", "BANES", "B&NES", "Bath and NE Somerset"],
    "302": ["London Borough of Barnet"],
    "873": ["Cambridgeshire County Council"],
}

# Short names the press gives a council in prose, found as mentions but not taken as a council's name when a person
# types one (where a unique beginning is said to be taken as the council): 'as Telford keeps outstanding rating'.
NAMES_IN_PROSE = {
    "894": ["Telford"],
}

# Words that say "a council" rather than which one; dropped before names are compared.
GENERIC_PREFIXES = (
    "the ",
    "london borough of ",
    "royal borough of ",
    "metropolitan borough of ",
    "borough of ",
    "city and county of ",
    "county of ",
    "city of ",
    "council of the ",
)
GENERIC_SUFFIXES = (
    " local authority children's services",
    " children's services",
    " local safeguarding children board",
    " safeguarding children board",
    " metropolitan borough council",
    " metropolitan district council",
    " district metropolitan council",
    " metropolitan council",
    " metropolitan district",
    " metropolitan borough",
    " borough council",
    " county borough council",
    " county council",
    " city council",
    " district council",
    " unitary authority",
    " local authority",
    " council",
    " borough",
    ", city of",
    " city",
)

# Stripped forms that are too vague to name one authority by themselves.
AMBIGUOUS_STRIPPED = {"london", "england", "county", "north", "south", "east", "west"}

# Place names that are also ordinary words: found in prose only with a council word after them or 'in'/'of'
# before them ("Reading the report" is not the council).
COMMON_WORD_NAMES = {"Reading", "Bury", "Sutton", "Halton", "Wirral", "Kingston", "Richmond", "Stockton", "Blackburn",
                     "Brighton", "Southend", "Stoke", "Durham", "Hull", "Scilly", "Newcastle"}
