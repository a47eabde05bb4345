# First-level divisions of the maritime countries table.py lacked (issue 12), and the point rows
# of Ukraine, New Zealand and South Korea that were typed into divisions.csv before.
#
# A row here is (iso, full name, short name, other names, spec). The full name is the division's
# English name with its generic word, as the press and Wikipedia write it ("Kagawa Prefecture");
# the short name ("Kagawa") becomes an alias only when it is safe: `collisions.py` lists in UNSAFE
# the short names that are also a country, region, organisation, water body or landform, a port,
# a town of 5,000 people or more (or three towns), another division, or an English word. Those
# are found only in full ("Hiroshima Prefecture", "Gulf Province"), or by their short name where
# the words around them say division ("Hiroshima and Okayama prefectures", webmap.gazetteer's
# bare_divisions).
#
# spec, besides table.py's kinds:
#   "q:<name>~<gn_name>"  a QGIS unit whose name is not unique in its country, by its GeoNames name
#   "g:<gn_name>[+...]"   QGIS units by their GeoNames name (Sri Lanka's districts, spelled in Sinhala)
#   "fips:<code>[+...]"   every QGIS unit of the country with these FIPS codes (France's departments
#                         by their 1982-2015 region, dissolved into the regions of 2016)
#   "pt:<lon>,<lat>"      a point only, where no shape of the current division is shipped: the
#                         division's seat as GeoNames places it (its Wikipedia page names the seat)
# "!<note>" after a spec is added to the row's source (why a shape or point stands for it).

W = "https://en.wikipedia.org/wiki/"

# Generic words the geoparser does not read lower-case by itself (KIND_NOUNS): a row ending in
# one also gets its lower-case form ("Mombasa county").
LOWER_FORMS = ("County", "Department", "District", "Division", "Voivodeship", "Municipality", "Territory",
               "Autonomous Region")

# collisions.py's output (run it by hand when short names change), with why each is unsafe.
UNSAFE = {
    'Abai',  # KZ-10: a poet's name first
    'Abidjan',  # CI-AB: port port-ciabj
    'Absheron',  # AZ-ABS: the peninsula and its gas field first
    'Adana',  # TR-01: 1 towns, up to 1,816,750 inhabitants
    'Aden',  # YE-AD: port port-yeade
    'Adrar',  # MR-07: division DZ-01
    'Adıyaman',  # TR-02: 1 towns, up to 290,883 inhabitants
    'Afar',  # ET-AF: English words
    'Afyonkarahisar',  # TR-03: 1 towns, up to 251,799 inhabitants
    'Agadez',  # NE-1: 1 towns, up to 149,549 inhabitants
    'Ahmadi',  # KW-AH: English words
    'Ahuachapán',  # SV-AH: 1 towns, up to 34,102 inhabitants
    'Aichi',  # JP-23: 1 towns, up to 384,654 inhabitants
    'Aileu',  # TL-AL: 1 towns, up to 17,356 inhabitants
    'Ainaro',  # TL-AN: 1 towns, up to 12,000 inhabitants
    'Ajloun',  # JO-AJ: 1 towns, up to 125,557 inhabitants
    'Akita',  # JP-05: port port-jpaxt
    'Akmola',  # KZ-11: 1 towns, up to 1,544,142 inhabitants
    'Aksaray',  # TR-68: 2 towns, up to 327,575 inhabitants
    'Aktobe',  # KZ-15: 1 towns, up to 500,757 inhabitants
    'Al Bayda',  # YE-BA: 2 towns, up to 129,439 inhabitants
    'Al Hudaydah',  # YE-HU: port port-yehod
    'Al Jawf',  # YE-JA: 1 towns, up to 42,079 inhabitants
    'Al Khor',  # QA-KH: the town first
    'Al Mahwit',  # YE-MW: 1 towns, up to 10,593 inhabitants
    'Al Rayyan',  # QA-RA: 1 towns, up to 272,465 inhabitants
    'Al Shamal',  # QA-MS: English words
    'Al Wakrah',  # QA-WA: 1 towns, up to 26,436 inhabitants
    'Al-Hasakah',  # SY-HA: 1 towns, up to 422,445 inhabitants
    'Al-Shahaniya',  # QA-SH: the town first
    'Alajuela',  # CR-A: 1 towns, up to 47,494 inhabitants
    'Alba',  # RO-AB: English words
    'Alborz',  # IR-30: landform landform-elburz-mountains
    'Aleppo',  # SY-HL: 1 towns, up to 2,098,210 inhabitants
    'Alexandria',  # EG-ALX: port port-egaly
    'Algiers',  # DZ-16: 1 towns, up to 2,364,230 inhabitants
    'Ali Sabieh',  # DJ-AS: the town first
    'Almaty',  # KZ-19: 1 towns, up to 1,977,011 inhabitants
    'Alto Paraná',  # PY-10: 1 towns, up to 13,909 inhabitants
    'Alytus',  # LT-AL: 1 towns, up to 49,195 inhabitants
    'Amasya',  # TR-05: 1 towns, up to 114,921 inhabitants
    'Amazonas',  # VE-Z: short for river-amazon-river
    'Amman',  # JO-AM: English words
    'Amnat Charoen',  # TH-37: 1 towns, up to 34,769 inhabitants
    'Amur',  # RU-AMU: short for river-amur-river
    'Andijan',  # UZ-AN: 1 towns, up to 747,800 inhabitants
    'Ang Thong',  # TH-15: 1 towns, up to 13,738 inhabitants
    'Ankara',  # TR-06: 1 towns, up to 3,517,182 inhabitants
    'Annaba',  # DZ-23: port port-dzaae
    'Annobón',  # GQ-AN: landform landform-annobon-island
    'Antalya',  # TR-07: port port-trayt
    'Antioquia',  # CO-ANT: 1 towns, up to 399,045 inhabitants
    'Antique',  # PH-ANT: English words
    'Aomori',  # JP-02: 1 towns, up to 298,394 inhabitants
    'Apure',  # VE-C: short for river-apure-river
    'Aqaba',  # JO-AQ: port port-joaqb
    'Arad',  # RO-AR: English words
    'Ararat',  # AM-AR: 2 towns, up to 17,598 inhabitants
    'Arauca',  # CO-ARA: 1 towns, up to 85,585 inhabitants
    'Ardabil',  # IR-24: 1 towns, up to 410,753 inhabitants
    'Ardahan',  # TR-75: 1 towns, up to 22,927 inhabitants
    'Arequipa',  # PE-ARE: 1 towns, up to 1,195,700 inhabitants
    'Argeș',  # RO-AG: 1 towns, up to 7,178 inhabitants
    'Ariana',  # TN-12: 1 towns, up to 114,486 inhabitants
    'Armavir',  # AM-AV: 3 towns, up to 199,548 inhabitants
    'Arta',  # DJ-AR: 3 towns, up to 21,895 inhabitants
    'Artemisa',  # CU-15: 1 towns, up to 68,073 inhabitants
    'Artigas',  # UY-AR: 1 towns, up to 43,897 inhabitants
    'Artvin',  # TR-08: 1 towns, up to 25,841 inhabitants
    'Arusha',  # TZ-01: English words
    'As-Suwayda',  # SY-SU: 1 towns, up to 59,052 inhabitants
    'Astara',  # AZ-AST: 2 towns, up to 39,065 inhabitants
    'Asunción',  # PY-ASU: port port-pyasu
    'Aswan',  # EG-ASN: 1 towns, up to 379,774 inhabitants
    'Asyut',  # EG-AST: 1 towns, up to 528,669 inhabitants
    'Atlantique',  # BJ-AQ: the Atlantic in French first
    'Atlántida',  # HN-AT: 1 towns, up to 5,562 inhabitants
    'Atyrau',  # KZ-23: 1 towns, up to 290,700 inhabitants
    'Aurora',  # PH-AUR: English words
    'Aveiro',  # PT-01: port port-ptave
    'Ayacucho',  # PE-AYA: 2 towns, up to 140,033 inhabitants
    'Aydın',  # TR-09: 2 towns, up to 163,022 inhabitants
    'Ayeyarwady',  # MM-07: river river-irrawaddy
    'Azores',  # PT-20: landform landform-azores
    'Azua',  # DO-02: port port-doazu
    'Aïn Defla',  # DZ-44: 1 towns, up to 55,259 inhabitants
    'Aïn Témouchent',  # DZ-46: 1 towns, up to 70,810 inhabitants
    'Ağrı',  # TR-04: 1 towns, up to 124,483 inhabitants
    'Bacău',  # RO-BC: 1 towns, up to 136,087 inhabitants
    'Bafatá',  # GW-BA: 1 towns, up to 33,502 inhabitants
    'Baghdad',  # IQ-BG: 1 towns, up to 7,216,000 inhabitants
    'Baghlan',  # AF-BGL: 1 towns, up to 108,449 inhabitants
    'Bagmati',  # NP-P3: a river first
    'Bago',  # MM-02: English words
    'Balkan',  # TM-B: common in English (Zipf 3.2)
    'Balkh',  # AF-BAL: 1 towns, up to 114,883 inhabitants
    'Balıkesir',  # TR-10: 1 towns, up to 238,151 inhabitants
    'Bamyan',  # AF-BAM: 1 towns, up to 61,863 inhabitants
    'Bangkok',  # TH-10: English words
    'Banská Bystrica',  # SK-BC: 1 towns, up to 74,590 inhabitants
    'Barahona',  # DO-04: port port-dobrx
    'Bari',  # SO-BR: English words
    'Barinas',  # VE-E: 1 towns, up to 397,279 inhabitants
    'Baringo',  # KE-01: 1 towns, up to 7,656 inhabitants
    'Barisal',  # BD-A: 1 towns, up to 202,242 inhabitants
    'Bartın',  # TR-74: 1 towns, up to 81,692 inhabitants
    'Basilan',  # PH-BAS: the island first
    'Basra',  # IQ-BA: 2 towns, up to 1,326,564 inhabitants
    'Bataan',  # PH-BAN: English words
    'Batanes',  # PH-BTN: the island first
    'Batangas',  # PH-BTG: port port-phbtg
    'Batken',  # KG-B: 1 towns, up to 27,730 inhabitants
    'Batman',  # TR-72: English words
    'Batna',  # DZ-05: 1 towns, up to 289,504 inhabitants
    'Battambang',  # KH-2: 1 towns, up to 119,251 inhabitants
    'Baucau',  # TL-BA: the town first
    'Bay',  # SO-BY: names water or an island
    'Bayburt',  # TR-69: 1 towns, up to 48,036 inhabitants
    'Beirut',  # LB-BA: port port-lbbey
    'Beja',  # PT-02: division TN-31
    'Belgorod',  # RU-BEL: 1 towns, up to 345,289 inhabitants
    'Belize',  # BZ-BZ: country country-bz
    'Ben Arous',  # TN-13: 1 towns, up to 88,322 inhabitants
    'Benghazi',  # LY-BA: port port-lyben
    'Bengo',  # AO-BGO: 2 towns, up to 146,867 inhabitants
    'Benguela',  # AO-BGU: 1 towns, up to 555,124 inhabitants
    'Beni',  # BO-B: short for river-beni-river
    'Beni Suef',  # EG-BNS: 1 towns, up to 273,151 inhabitants
    'Berat',  # AL-01: English words
    'Berea',  # LS-D: 6 towns, up to 2,098,210 inhabitants
    'Bern',  # CH-BE: 1 towns, up to 121,631 inhabitants
    'Bilecik',  # TR-11: 1 towns, up to 74,457 inhabitants
    'Biliran',  # PH-BIL: the island first
    'Bingöl',  # TR-12: 1 towns, up to 128,935 inhabitants
    'Biskra',  # DZ-07: 1 towns, up to 204,661 inhabitants
    'Bitlis',  # TR-13: 1 towns, up to 53,023 inhabitants
    'Bizerte',  # TN-23: port port-tnbiz
    'Bié',  # AO-BIE: 2 towns, up to 355,423 inhabitants
    'Black River',  # MU-BL: names water or an island
    'Blagoevgrad',  # BG-01: 1 towns, up to 67,810 inhabitants
    'Blida',  # DZ-09: 1 towns, up to 331,779 inhabitants
    'Blue Nile',  # SD-NB: river river-blue-nile
    'Boaco',  # NI-BO: 1 towns, up to 29,046 inhabitants
    'Bobonaro',  # TL-BO: 1 towns, up to 6,110 inhabitants
    'Bocas del Toro',  # PA-1: port port-paboc
    'Bogotá',  # CO-DC: 2 towns, up to 7,674,366 inhabitants
    'Bohol',  # PH-BOH: landform landform-bohol
    'Boké',  # GN-B: 2 towns, up to 63,736 inhabitants
    'Bolama',  # GW-BL: port port-gwbol
    'Bolu',  # TR-14: 1 towns, up to 184,682 inhabitants
    'Bolívar',  # VE-F: division CO-BOL
    'Bomet',  # KE-02: 1 towns, up to 11,765 inhabitants
    'Bomi',  # LR-BM: 1 towns, up to 5,463 inhabitants
    'Bong',  # LR-BG: English words
    'Bono',  # GH-BO: 4 towns, up to 330,579 inhabitants
    'Boquerón',  # PY-19: port port-cuboq
    'Bor',  # RS-14: English words
    'Bordj Bou Arréridj',  # DZ-34: 1 towns, up to 158,812 inhabitants
    'Botoșani',  # RO-BT: 1 towns, up to 90,010 inhabitants
    'Bouira',  # DZ-10: 1 towns, up to 68,545 inhabitants
    'Braga',  # PT-03: 2 towns, up to 193,324 inhabitants
    'Bragança',  # PT-04: 3 towns, up to 176,811 inhabitants
    'Bratislava',  # SK-BL: port port-skbts
    'Brazzaville',  # CG-BZV: 2 towns, up to 1,982,000 inhabitants
    'Brașov',  # RO-BV: 1 towns, up to 253,200 inhabitants
    'Brest',  # BY-BR: port port-bybqt
    'Brokopondo',  # SR-BR: 1 towns, up to 14,662 inhabitants
    'Bryansk',  # RU-BRY: 1 towns, up to 427,236 inhabitants
    'Brăila',  # RO-BR: port port-robra
    'Bucharest',  # RO-B: 1 towns, up to 1,877,155 inhabitants
    'Bueng Kan',  # TH-38: 1 towns, up to 9,712 inhabitants
    'Bukhara',  # UZ-BU: 1 towns, up to 280,187 inhabitants
    'Bulacan',  # PH-BUL: 2 towns, up to 83,101 inhabitants
    'Bulawayo',  # ZW-BU: 1 towns, up to 665,952 inhabitants
    'Bulgan',  # MN-067: 4 towns, up to 17,348 inhabitants
    'Bungoma',  # KE-03: 2 towns, up to 68,031 inhabitants
    'Burdur',  # TR-15: 1 towns, up to 95,436 inhabitants
    'Burgas',  # BG-02: port port-bgboj
    'Bursa',  # TR-16: English words
    'Bushehr',  # IR-18: port port-irbus
    'Busia',  # KE-04: 2 towns, up to 71,886 inhabitants
    'Butha-Buthe',  # LS-B: 1 towns, up to 40,599 inhabitants
    'Buzău',  # RO-BZ: 1 towns, up to 103,481 inhabitants
    'Béchar',  # DZ-08: 1 towns, up to 165,241 inhabitants
    'Béja',  # TN-31: division PT-02
    'Béjaïa',  # DZ-06: port port-dzbja
    'Békés',  # HU-BE: 1 towns, up to 21,198 inhabitants
    'Bắc Ninh',  # VN-56: 1 towns, up to 287,658 inhabitants
    'Caaguazú',  # PY-5: 1 towns, up to 54,808 inhabitants
    'Caazapá',  # PY-6: 1 towns, up to 23,996 inhabitants
    'Cabañas',  # SV-CA: port port-cucab
    'Cabinda',  # AO-CAB: port port-aocab
    'Cabo Delgado',  # MZ-P: cape cape-cape-delgado
    'Cacheu',  # GW-CA: port port-gwcac
    'Cairo',  # EG-C: 6 towns, up to 9,606,916 inhabitants
    'Cajamarca',  # PE-CAJ: 2 towns, up to 201,329 inhabitants
    'Caldas',  # CO-CAL: 3 towns, up to 82,234 inhabitants
    'Callao',  # PE-CAL: port port-pecll
    'Camagüey',  # CU-09: 1 towns, up to 347,562 inhabitants
    'Canelones',  # UY-CA: 1 towns, up to 24,185 inhabitants
    'Cao Bằng',  # VN-04: 1 towns, up to 73,549 inhabitants
    'Caracas',  # VE-A: 1 towns, up to 3,000,000 inhabitants
    'Carlow',  # IE-CW: 2 towns, up to 27,351 inhabitants
    'Cartago',  # CR-C: 3 towns, up to 134,972 inhabitants
    'Castelo Branco',  # PT-05: 2 towns, up to 33,479 inhabitants
    'Catanduanes',  # PH-CAT: the island first
    'Cavan',  # IE-CN: 2 towns, up to 11,741 inhabitants
    'Cavite',  # PH-CAV: 2 towns, up to 115,932 inhabitants
    'Cañar',  # EC-F: 2 towns, up to 9,900 inhabitants
    'Cebu',  # PH-CEB: 1 towns, up to 965,332 inhabitants
    'Central',  # UG-C: English words
    'Central Finland',  # FI-08: English words
    'Central River',  # GM-M: names water or an island
    'Centrale',  # TG-C: English words
    'Centre',  # HT-CE: division CM-CE
    'Cerro Largo',  # UY-CL: 2 towns, up to 13,705 inhabitants
    'Cesar',  # CO-CES: common in English (Zipf 3.3)
    'Chachoengsao',  # TH-24: 1 towns, up to 49,741 inhabitants
    'Chai Nat',  # TH-18: English words
    'Chaiyaphum',  # TH-36: 1 towns, up to 58,350 inhabitants
    'Chalatenango',  # SV-CH: 1 towns, up to 19,364 inhabitants
    'Champasak',  # LA-CH: 1 towns, up to 12,994 inhabitants
    'Changhua',  # TW-CHA: 4 towns, up to 226,564 inhabitants
    'Chanthaburi',  # TH-22: port port-thcha
    'Chelyabinsk',  # RU-CHE: 1 towns, up to 1,202,371 inhabitants
    'Chiang Mai',  # TH-50: 1 towns, up to 127,240 inhabitants
    'Chiang Rai',  # TH-57: 1 towns, up to 78,756 inhabitants
    'Chiayi',  # TW-CYQ: division TW-CYI
    'Chiba',  # JP-12: port port-jpchb
    'Chimaltenango',  # GT-CM: 1 towns, up to 96,985 inhabitants
    'Chin',  # MM-14: English words
    'Chinandega',  # NI-CI: 1 towns, up to 126,387 inhabitants
    'Chiquimula',  # GT-CQ: 1 towns, up to 111,505 inhabitants
    'Chittagong',  # BD-B: port port-bdcgp
    'Chlef',  # DZ-02: 1 towns, up to 178,616 inhabitants
    'Chobe',  # BW-CH: the river and its national park first
    'Choiseul',  # SB-CH: 1 towns, up to 6,098 inhabitants
    'Chonburi',  # TH-20: 1 towns, up to 219,164 inhabitants
    'Chumphon',  # TH-86: 1 towns, up to 55,835 inhabitants
    'Ciego de Ávila',  # CU-08: 1 towns, up to 142,027 inhabitants
    'Cienfuegos',  # CU-06: port port-cucfg
    'Clare',  # IE-CE: 3 towns, up to 3,223 inhabitants
    'Clarendon',  # JM-13: English words
    'Cluj',  # RO-CJ: 1 towns, up to 286,598 inhabitants
    'Cochabamba',  # BO-C: 6 towns, up to 841,276 inhabitants
    'Coimbra',  # PT-06: 2 towns, up to 140,796 inhabitants
    'Colonia',  # UY-CO: port port-uycyr
    'Colón',  # HN-CL: port port-paonx
    'Comayagua',  # HN-CM: 1 towns, up to 58,784 inhabitants
    'Concepción',  # PY-1: port port-arcon
    'Constantine',  # DZ-25: port port-uscst
    'Constanța',  # RO-CT: port port-rocnd
    'Cordillera',  # PY-3: English words
    'Cork',  # IE-CO: English words
    'Corozal',  # BZ-CZL: 7 towns, up to 39,800 inhabitants
    'Cortés',  # HN-CR: 5 towns, up to 10,512 inhabitants
    'Cotabato',  # PH-NCO: 1 towns, up to 383,383 inhabitants
    'Covasna',  # RO-CV: 2 towns, up to 10,979 inhabitants
    'Cunene',  # AO-CNN: short for river-cunene-river
    'Cusco',  # PE-CUS: 2 towns, up to 428,450 inhabitants
    'Cuvette',  # CG-8: English words
    'Cà Mau',  # VN-59: 1 towns, up to 226,372 inhabitants
    'Córdoba',  # CO-COR: 6 towns, up to 2,106,734 inhabitants
    'Călărași',  # RO-CL: port port-rocas
    'Dagana',  # BT-22: 1 towns, up to 21,750 inhabitants
    'Dajabón',  # DO-05: 1 towns, up to 16,398 inhabitants
    'Dakar',  # SN-DK: port port-sndkr
    'Damascus',  # SY-DI: 4 towns, up to 1,569,394 inhabitants
    'Damietta',  # EG-DT: port port-egdam
    'Dar es Salaam',  # TZ-02: English words
    'Daraa',  # SY-DR: the town first
    'Darién',  # PA-5: 5 towns, up to 22,256 inhabitants
    'Daşoguz',  # TM-D: 1 towns, up to 201,142 inhabitants
    'Deir ez-Zor',  # SY-DY: 1 towns, up to 271,800 inhabitants
    'Denizli',  # TR-20: 1 towns, up to 313,238 inhabitants
    'Derna',  # LY-DR: port port-lydn0
    'Dhaka',  # BD-C: port port-bddac
    'Dhamar',  # YE-DH: 1 towns, up to 160,114 inhabitants
    'Diego Martin',  # TT-DMN: 1 towns, up to 25,370 inhabitants
    'Diffa',  # NE-2: 1 towns, up to 54,082 inhabitants
    'Dikhil',  # DJ-DI: 1 towns, up to 32,801 inhabitants
    'Dili',  # TL-DI: 1 towns, up to 150,000 inhabitants
    'Dinagat Islands',  # PH-DIN: names water or an island
    'Diourbel',  # SN-DB: 1 towns, up to 157,554 inhabitants
    'Diyarbakır',  # TR-21: 1 towns, up to 1,833,684 inhabitants
    'Djelfa',  # DZ-17: 1 towns, up to 265,833 inhabitants
    'Djibouti',  # DJ-DJ: country country-dj
    'Dobrich',  # BG-08: 1 towns, up to 69,434 inhabitants
    'Dodoma',  # TZ-03: 1 towns, up to 765,179 inhabitants
    'Doha',  # QA-DA: port port-qadoh
    'Donga',  # BJ-DO: English words
    'Dosso',  # NE-3: 2 towns, up to 79,406 inhabitants
    'Duarte',  # DO-06: 2 towns, up to 21,990 inhabitants
    'Dublin',  # IE-D: port port-iedub
    'Duhok',  # IQ-DA: 1 towns, up to 340,900 inhabitants
    'Durazno',  # UY-DU: 1 towns, up to 40,279 inhabitants
    'Durrës',  # AL-02: port port-aldrz
    'Düzce',  # TR-81: 2 towns, up to 194,097 inhabitants
    'East',  # CM-ES: English words
    'Eastern',  # UG-E: English words
    'Edirne',  # TR-22: 1 towns, up to 180,002 inhabitants
    'El Bayadh',  # DZ-32: 1 towns, up to 85,577 inhabitants
    'El Oued',  # DZ-39: 1 towns, up to 186,525 inhabitants
    'El Paraíso',  # HN-EP: 15 towns, up to 18,779 inhabitants
    'El Progreso',  # GT-PR: 20 towns, up to 100,810 inhabitants
    'El Tarf',  # DZ-36: 1 towns, up to 13,346 inhabitants
    'Elazığ',  # TR-23: 1 towns, up to 443,363 inhabitants
    'Elbasan',  # AL-03: 1 towns, up to 100,903 inhabitants
    'Embu',  # KE-06: 1 towns, up to 64,979 inhabitants
    'Erbil',  # IQ-AR: 1 towns, up to 1,612,700 inhabitants
    'Erzincan',  # TR-24: 1 towns, up to 150,714 inhabitants
    'Erzurum',  # TR-25: 1 towns, up to 767,848 inhabitants
    'Escuintla',  # GT-ES: 2 towns, up to 156,313 inhabitants
    'Eskişehir',  # TR-26: 1 towns, up to 921,630 inhabitants
    'Esmeraldas',  # EC-E: port port-ecesm
    'Estelí',  # NI-ES: 1 towns, up to 96,422 inhabitants
    'Falcón',  # VE-I: an English word
    'Famagusta',  # CY-04: port port-cyfmg
    'Far North',  # CM-EN: English words
    'Farah',  # AF-FRA: 2 towns, up to 43,561 inhabitants
    'Faranah',  # GN-F: 1 towns, up to 70,181 inhabitants
    'Faro',  # PT-08: English words
    'Farwaniya',  # KW-FA: the town first
    'Fatick',  # SN-FK: 1 towns, up to 39,361 inhabitants
    'Fergana',  # UZ-FA: 1 towns, up to 299,200 inhabitants
    'Fier',  # AL-04: 1 towns, up to 56,297 inhabitants
    'Flores',  # UY-FS: English words
    'Florida',  # UY-FD: port port-usfid
    'Fribourg',  # CH-FR: 1 towns, up to 38,365 inhabitants
    'Fukui',  # JP-18: port port-jpfkj
    'Fukuoka',  # JP-40: 1 towns, up to 1,612,392 inhabitants
    'Fukushima',  # JP-07: 2 towns, up to 294,237 inhabitants
    'Gabrovo',  # BG-07: 2 towns, up to 48,133 inhabitants
    'Gabès',  # TN-81: port port-tngae
    'Gabú',  # GW-GA: 1 towns, up to 49,371 inhabitants
    'Gafsa',  # TN-71: 1 towns, up to 95,242 inhabitants
    'Galați',  # RO-GL: 1 towns, up to 217,851 inhabitants
    'Galway',  # IE-G: port port-iegwy
    'Galápagos',  # EC-W: landform landform-galapagos-islands
    'Gambela',  # ET-GA: 1 towns, up to 97,600 inhabitants
    'Gandaki',  # NP-P4: a river first
    'Garissa',  # KE-07: 1 towns, up to 163,399 inhabitants
    'Gasa',  # BT-GA: 2 towns, up to 410,000 inhabitants
    'Gaza',  # MZ-G: the Gaza Strip first
    'Gaziantep',  # TR-27: 1 towns, up to 2,222,415 inhabitants
    'Gedaref',  # SD-GD: 1 towns, up to 363,945 inhabitants
    'Gedo',  # SO-GE: 1 towns, up to 23,300 inhabitants
    'Geita',  # TZ-27: 1 towns, up to 318,006 inhabitants
    'Geneva',  # CH-GE: English words
    'Gezira',  # SD-GZ: landform landform-gezira
    'Ghanzi',  # BW-GH: 1 towns, up to 19,012 inhabitants
    'Ghardaïa',  # DZ-47: 1 towns, up to 142,913 inhabitants
    'Ghat',  # LY-GT: English words
    'Ghazni',  # AF-GHA: 1 towns, up to 141,000 inhabitants
    'Gia Lai',  # VN-30: 1 towns, up to 114,225 inhabitants
    'Gifu',  # JP-21: 1 towns, up to 402,557 inhabitants
    'Giresun',  # TR-28: port port-trgir
    'Giurgiu',  # RO-GR: port port-rogrg
    'Giza',  # EG-GZ: 1 towns, up to 4,367,343 inhabitants
    'Gjirokastër',  # AL-05: 1 towns, up to 23,437 inhabitants
    'Glarus',  # CH-GL: 1 towns, up to 12,425 inhabitants
    'Golestan',  # IR-27: 1 towns, up to 240,000 inhabitants
    'Gomel',  # BY-HO: 1 towns, up to 501,193 inhabitants
    'Gotland',  # SE-I: landform landform-gotland
    'Granada',  # NI-GR: English words
    'Grand Cape Mount',  # LR-CM: English words
    'Grand Port',  # MU-GP: English words
    'Granma',  # CU-12: Cuba's party newspaper first
    'Grodno',  # BY-HR: 1 towns, up to 363,718 inhabitants
    'Groningen',  # NL-GR: port port-nlgrq
    'Guadalcanal',  # SB-GU: landform landform-guadalcanal
    'Guairá',  # PY-4: 2 towns, up to 39,279 inhabitants
    'Guantánamo',  # CU-14: port port-cugub
    'Guarda',  # PT-09: 1 towns, up to 40,126 inhabitants
    'Guatemala',  # GT-GU: country country-gt
    'Guayas',  # EC-G: short for river-guayas-river
    'Guelma',  # DZ-24: 1 towns, up to 120,004 inhabitants
    'Guimaras',  # PH-GUI: the island first
    'Gulf',  # PG-GPK: names water or an island
    'Guárico',  # VE-J: 1 towns, up to 134,815 inhabitants
    'Gümüşhane',  # TR-29: 1 towns, up to 39,214 inhabitants
    'Haifa',  # IL-HA: port port-ilhfa
    'Hajjah',  # YE-HJ: 2 towns, up to 43,549 inhabitants
    'Hakkâri',  # TR-30: 1 towns, up to 77,699 inhabitants
    'Hama',  # SY-HM: 1 towns, up to 460,602 inhabitants
    'Hamadan',  # IR-13: 1 towns, up to 528,256 inhabitants
    'Hanover',  # JM-09: 14 towns, up to 515,140 inhabitants
    'Harare',  # ZW-HA: port port-zwhre
    'Haskovo',  # BG-26: 1 towns, up to 64,564 inhabitants
    'Hatay',  # TR-31: 1 towns, up to 399,045 inhabitants
    'Havana',  # CU-03: port port-cuhav
    'Hawalli',  # KW-HA: 1 towns, up to 164,212 inhabitants
    'Herat',  # AF-HER: 2 towns, up to 574,300 inhabitants
    'Heredia',  # CR-H: 1 towns, up to 21,947 inhabitants
    'Herrera',  # PA-6: 4 towns, up to 6,230 inhabitants
    'Heves',  # HU-HE: 1 towns, up to 11,311 inhabitants
    'Hiroshima',  # JP-34: port port-jphij
    'Hokkaido',  # JP-01: landform landform-hokkaido
    'Holguín',  # CU-11: 1 towns, up to 319,102 inhabitants
    'Homa Bay',  # KE-08: names water or an island
    'Homs',  # SY-HI: 2 towns, up to 775,404 inhabitants
    'Hradec Králové',  # CZ-52: 1 towns, up to 90,596 inhabitants
    'Hsinchu',  # TW-HSQ: division TW-HSZ
    'Hualien',  # TW-HUA: port port-twhun
    'Huambo',  # AO-HUA: 4 towns, up to 595,304 inhabitants
    'Huancavelica',  # PE-HUV: 1 towns, up to 49,570 inhabitants
    'Huehuetenango',  # GT-HU: 1 towns, up to 79,426 inhabitants
    'Huila',  # CO-HUI: division AO-HUI
    'Hunedoara',  # RO-HD: 1 towns, up to 69,136 inhabitants
    'Huánuco',  # PE-HUC: 1 towns, up to 196,627 inhabitants
    'Huíla',  # AO-HUI: division CO-HUI
    'Hà Tĩnh',  # VN-23: 1 towns, up to 266,321 inhabitants
    'Hưng Yên',  # VN-66: 1 towns, up to 118,646 inhabitants
    'Iași',  # RO-IS: 1 towns, up to 378,954 inhabitants
    'Ibaraki',  # JP-08: 1 towns, up to 287,730 inhabitants
    'Ibb',  # YE-IB: 1 towns, up to 771,514 inhabitants
    'Ica',  # PE-ICA: short for river-putumayo-river
    'Idlib',  # SY-ID: 1 towns, up to 128,840 inhabitants
    'Ilam',  # IR-16: 3 towns, up to 140,940 inhabitants
    'Illizi',  # DZ-33: 1 towns, up to 13,029 inhabitants
    'Iloilo',  # PH-ILI: port port-philo
    'Independencia',  # DO-10: 13 towns, up to 24,024 inhabitants
    'Inhambane',  # MZ-I: port port-mzinh
    'Intibucá',  # HN-IN: 1 towns, up to 13,741 inhabitants
    'Irbid',  # JO-IR: 1 towns, up to 569,068 inhabitants
    'Iringa',  # TZ-04: 1 towns, up to 202,490 inhabitants
    'Irkutsk',  # RU-IRK: 1 towns, up to 623,869 inhabitants
    'Isabel',  # SB-IS: port port-phisl
    'Isabela',  # PH-ISA: port port-cuisa
    'Isfahan',  # IR-10: 1 towns, up to 1,547,164 inhabitants
    'Ishikawa',  # JP-17: 2 towns, up to 22,412 inhabitants
    'Isiolo',  # KE-09: 1 towns, up to 78,650 inhabitants
    'Ismailia',  # EG-IS: short for canal-ismailia-canal
    'Isparta',  # TR-32: 1 towns, up to 172,334 inhabitants
    'Issyk-Kul',  # KG-Y: sea sea-issyk-kul
    'Istanbul',  # TR-34: short for canal-canal-istanbul
    'Istria',  # HR-18: landform landform-istria
    'Ivanovo',  # RU-IVA: 3 towns, up to 406,113 inhabitants
    'Iğdır',  # TR-76: 5 towns, up to 101,700 inhabitants
    'Jablanica',  # RS-23: 1 towns, up to 6,209 inhabitants
    'Jahra',  # KW-JA: the town first
    'Jalal-Abad',  # KG-J: 1 towns, up to 123,239 inhabitants
    'Jalapa',  # GT-JA: English words
    'Jambyl',  # KZ-31: a poet's name first, and Taraz's former name
    'Jendouba',  # TN-32: 1 towns, up to 51,408 inhabitants
    'Jerash',  # JO-JA: the town first
    'Jerusalem',  # IL-JM: 2 towns, up to 971,800 inhabitants
    'Jijel',  # DZ-18: port port-dzdji
    'Jinotega',  # NI-JI: 1 towns, up to 55,000 inhabitants
    'Jizzakh',  # UZ-JI: 1 towns, up to 179,200 inhabitants
    'Jonglei',  # SS-JG: short for canal-jonglei-canal
    'Junín',  # PE-JUN: 6 towns, up to 87,509 inhabitants
    'Jura',  # CH-JU: 1 towns, up to 129,301 inhabitants
    'Jutiapa',  # GT-JU: 3 towns, up to 145,880 inhabitants
    'Jõgeva',  # EE-50: 1 towns, up to 6,396 inhabitants
    'Jönköping',  # SE-F: 1 towns, up to 112,766 inhabitants
    'Kabul',  # AF-KAB: 2 towns, up to 4,434,550 inhabitants
    'Kachin',  # MM-11: English words
    'Kaffrine',  # SN-KA: 1 towns, up to 57,307 inhabitants
    'Kagoshima',  # JP-46: port port-jpkoj
    'Kahramanmaraş',  # TR-46: 1 towns, up to 384,953 inhabitants
    'Kairouan',  # TN-41: 1 towns, up to 139,070 inhabitants
    'Kajiado',  # KE-10: 1 towns, up to 24,678 inhabitants
    'Kakamega',  # KE-11: 1 towns, up to 1,867,579 inhabitants
    'Kalasin',  # TH-46: 1 towns, up to 55,102 inhabitants
    'Kalmar',  # SE-H: port port-seklr
    'Kaluga',  # RU-KLU: 1 towns, up to 340,851 inhabitants
    'Kamphaeng Phet',  # TH-62: 1 towns, up to 58,787 inhabitants
    'Kampong Cham',  # KH-3: English words
    'Kampong Chhnang',  # KH-4: 1 towns, up to 75,244 inhabitants
    'Kampong Speu',  # KH-5: 1 towns, up to 33,231 inhabitants
    'Kampong Thom',  # KH-6: 1 towns, up to 19,951 inhabitants
    'Kampot',  # KH-7: 2 towns, up to 22,691 inhabitants
    'Kanchanaburi',  # TH-71: 1 towns, up to 63,699 inhabitants
    'Kandahar',  # AF-KAN: 2 towns, up to 523,300 inhabitants
    'Kankan',  # GN-K: 1 towns, up to 221,428 inhabitants
    'Kaohsiung',  # TW-KHH: port port-twkhh
    'Kaolack',  # SN-KL: port port-snklc
    'Kara',  # TG-K: 2 towns, up to 104,207 inhabitants
    'Karabük',  # TR-78: 2 towns, up to 125,403 inhabitants
    'Karaganda',  # KZ-35: 1 towns, up to 497,777 inhabitants
    'Karak',  # JO-KA: 2 towns, up to 13,679 inhabitants
    'Karaman',  # TR-70: 1 towns, up to 175,390 inhabitants
    'Karbala',  # IQ-KA: 1 towns, up to 1,218,732 inhabitants
    'Kardzhali',  # BG-09: 1 towns, up to 44,071 inhabitants
    'Karlovac',  # HR-04: 1 towns, up to 41,869 inhabitants
    'Karlovy Vary',  # CZ-41: 1 towns, up to 45,500 inhabitants
    'Karnali',  # NP-P6: a river first
    'Kars',  # TR-36: 1 towns, up to 91,450 inhabitants
    'Kasaï',  # CD-KS: short for river-kasai-river
    'Kassala',  # SD-KA: 1 towns, up to 401,477 inhabitants
    'Kasserine',  # TN-42: 1 towns, up to 84,365 inhabitants
    'Kastamonu',  # TR-37: 1 towns, up to 125,622 inhabitants
    'Kaunas',  # LT-KU: 1 towns, up to 289,380 inhabitants
    'Kayseri',  # TR-38: 1 towns, up to 1,452,458 inhabitants
    'Kebili',  # TN-73: 1 towns, up to 26,310 inhabitants
    'Keelung',  # TW-KEE: port port-twkel
    'Kef',  # TN-33: English words
    'Kemerovo',  # RU-KEM: 1 towns, up to 558,973 inhabitants
    'Kep',  # KH-23: English words
    'Kericho',  # KE-12: 1 towns, up to 53,804 inhabitants
    'Kerman',  # IR-08: 2 towns, up to 577,514 inhabitants
    'Kermanshah',  # IR-05: 1 towns, up to 621,100 inhabitants
    'Kerry',  # IE-KY: English words
    'Khachmaz',  # AZ-XAC: the town first
    'Khartoum',  # SD-KH: 1 towns, up to 1,974,647 inhabitants
    'Khenchela',  # DZ-40: 1 towns, up to 114,472 inhabitants
    'Khon Kaen',  # TH-40: 1 towns, up to 114,459 inhabitants
    'Khost',  # AF-KHO: 1 towns, up to 96,123 inhabitants
    'Khovd',  # MN-043: 1 towns, up to 29,800 inhabitants
    'Khulna',  # BD-D: 1 towns, up to 1,500,689 inhabitants
    'Khánh Hòa',  # VN-34: 1 towns, up to 25,320 inhabitants
    'Kiambu',  # KE-13: 1 towns, up to 147,870 inhabitants
    'Kigoma',  # TZ-08: 1 towns, up to 232,388 inhabitants
    'Kildare',  # IE-KE: 2 towns, up to 8,634 inhabitants
    'Kilifi',  # KE-14: 1 towns, up to 74,270 inhabitants
    'Kilimanjaro',  # TZ-09: the mountain first
    'Kilis',  # TR-79: 1 towns, up to 111,648 inhabitants
    'Kilkenny',  # IE-KK: 3 towns, up to 21,589 inhabitants
    'Kindia',  # GN-D: 1 towns, up to 161,024 inhabitants
    'Kingston',  # JM-01: port port-aukin
    'Kinmen',  # TW-KIN: landform landform-kinmen
    'Kinshasa',  # CD-KN: 1 towns, up to 16,000,000 inhabitants
    'Kirkuk',  # IQ-KI: 1 towns, up to 1,031,000 inhabitants
    'Kirov',  # RU-KIR: 3 towns, up to 507,155 inhabitants
    'Kisii',  # KE-16: 1 towns, up to 112,417 inhabitants
    'Kisumu',  # KE-17: 1 towns, up to 397,957 inhabitants
    'Kitui',  # KE-18: 1 towns, up to 29,062 inhabitants
    'Klaipėda',  # LT-KL: port port-ltklj
    'Kochi',  # JP-39: port port-jpkcz
    'Koh Kong',  # KH-9: 1 towns, up to 33,134 inhabitants
    'Kolda',  # SN-KD: 1 towns, up to 103,574 inhabitants
    'Konya',  # TR-42: 1 towns, up to 1,433,861 inhabitants
    'Korçë',  # AL-06: 1 towns, up to 58,259 inhabitants
    'Koshi',  # NP-P1: 3 towns, up to 61,772 inhabitants
    'Kostanay',  # KZ-39: 1 towns, up to 210,000 inhabitants
    'Kostroma',  # RU-KOS: 2 towns, up to 277,280 inhabitants
    'Kouilou',  # CG-5: short for river-kouilou-river
    'Košice',  # SK-KI: 2 towns, up to 225,044 inhabitants
    'Krabi',  # TH-81: port port-thkbv
    'Kratié',  # KH-10: 1 towns, up to 19,975 inhabitants
    'Kufra',  # LY-KF: the oasis town first
    'Kukës',  # AL-07: 1 towns, up to 36,125 inhabitants
    'Kumamoto',  # JP-43: port port-jpkmj
    'Kunduz',  # AF-KDZ: 1 towns, up to 161,902 inhabitants
    'Kunene',  # NA-KU: short for river-cunene-river
    'Kurdistan',  # IR-12: common in English (Zipf 3.2)
    'Kurgan',  # RU-KGN: English words
    'Kursk',  # RU-KRS: 1 towns, up to 448,733 inhabitants
    'Kuyavian-Pomeranian',  # PL-04: an adjective
    'Kwale',  # KE-19: 3 towns, up to 20,226 inhabitants
    'Kyoto',  # JP-26: 1 towns, up to 1,463,723 inhabitants
    'Kyrenia',  # CY-06: port port-cykyr
    'Kyustendil',  # BG-10: 1 towns, up to 46,856 inhabitants
    'Kyzylorda',  # KZ-43: 1 towns, up to 354,800 inhabitants
    'Kédougou',  # SN-KE: 1 towns, up to 30,051 inhabitants
    'Kütahya',  # TR-43: 1 towns, up to 185,008 inhabitants
    'Kırklareli',  # TR-39: 1 towns, up to 58,223 inhabitants
    'Kırıkkale',  # TR-71: 1 towns, up to 186,960 inhabitants
    'Kırşehir',  # TR-40: 1 towns, up to 150,700 inhabitants
    'La Guaira',  # VE-X: port port-velag
    'La Libertad',  # SV-LI: port port-eclld
    'La Paz',  # BO-L: port port-mxlap
    'La Romana',  # DO-12: port port-dolrm
    'La Union',  # PH-LUN: English words
    'La Unión',  # SV-UN: division PH-LUN
    'La Vega',  # DO-13: 5 towns, up to 102,426 inhabitants
    'Labé',  # GN-L: 1 towns, up to 107,571 inhabitants
    'Lac',  # TD-LC: English words
    'Laghouat',  # DZ-03: 1 towns, up to 134,372 inhabitants
    'Laguna',  # PH-LAG: 4 towns, up to 46,621 inhabitants
    'Lahij',  # YE-LA: 2 towns, up to 23,375 inhabitants
    'Lai Châu',  # VN-01: 1 towns, up to 42,973 inhabitants
    'Lakes',  # SS-LK: 1 towns, up to 8,364 inhabitants
    'Lambayeque',  # PE-LAM: 1 towns, up to 43,710 inhabitants
    'Lampang',  # TH-52: 1 towns, up to 156,139 inhabitants
    'Lamphun',  # TH-51: 1 towns, up to 43,196 inhabitants
    'Lamu',  # KE-21: port port-kelau
    'Lankaran',  # AZ-LAN: 1 towns, up to 89,300 inhabitants
    'Lapland',  # FI-10: landform landform-lapland
    'Lara',  # VE-K: 1 towns, up to 15,919 inhabitants
    'Larnaca',  # CY-03: port port-cylca
    'Las Tunas',  # CU-10: 2 towns, up to 203,684 inhabitants
    'Latakia',  # SY-LA: port port-syltk
    'Leiria',  # PT-10: 1 towns, up to 128,640 inhabitants
    'Lempira',  # HN-LE: English words
    'Leribe',  # LS-C: the town first
    'Leyte',  # PH-LEY: landform landform-leyte
    'Lezhë',  # AL-08: 1 towns, up to 18,695 inhabitants
    'León',  # NI-LE: 7 towns, up to 1,579,803 inhabitants
    'Liberec',  # CZ-51: 1 towns, up to 102,951 inhabitants
    'Lima',  # PE-LMA: division PE-LIM
    'Limassol',  # CY-02: port port-cylms
    'Limburg',  # NL-LI: a province of Belgium too
    'Limerick',  # IE-LK: port port-ielim
    'Limón',  # CR-L: 5 towns, up to 63,081 inhabitants
    'Lindi',  # TZ-12: port port-tzldi
    'Lipetsk',  # RU-LIP: 1 towns, up to 509,735 inhabitants
    'Lisbon',  # PT-11: 8 towns, up to 517,802 inhabitants
    'Litoral',  # GQ-LI: Argentina's Litoral region too
    'Littoral',  # BJ-LI: English words
    'Loei',  # TH-42: 1 towns, up to 35,273 inhabitants
    'Loja',  # EC-L: 2 towns, up to 274,112 inhabitants
    'Longford',  # IE-LD: 3 towns, up to 10,952 inhabitants
    'Loreto',  # PE-LOR: 9 towns, up to 24,260 inhabitants
    'Lori',  # AM-LO: English words
    'Los Santos',  # PA-7: 4 towns, up to 5,970 inhabitants
    'Louga',  # SN-LG: 1 towns, up to 113,365 inhabitants
    'Louth',  # IE-LH: 2 towns, up to 17,382 inhabitants
    'Lovech',  # BG-11: 1 towns, up to 27,910 inhabitants
    'Lower Juba',  # SO-JH: English words
    'Lower River',  # GM-L: names water or an island
    'Lower Silesian',  # PL-02: an adjective
    'Luanda',  # AO-LUA: port port-aolad
    'Luang Prabang',  # LA-LP: 1 towns, up to 55,027 inhabitants
    'Lublin',  # PL-06: 1 towns, up to 336,339 inhabitants
    'Lubombo',  # SZ-LU: 1 towns, up to 9,811 inhabitants
    'Lucerne',  # CH-LU: English words
    'Lusaka',  # ZM-09: 1 towns, up to 2,212,301 inhabitants
    'Luxor',  # EG-LX: 1 towns, up to 422,407 inhabitants
    'Lào Cai',  # VN-02: 1 towns, up to 130,671 inhabitants
    'Lạng Sơn',  # VN-09: 1 towns, up to 200,108 inhabitants
    "M'Sila",  # DZ-28: 1 towns, up to 132,975 inhabitants
    "Ma'an",  # JO-MN: 9 towns, up to 50,350 inhabitants
    'Machakos',  # KE-22: 1 towns, up to 63,767 inhabitants
    'Madaba',  # JO-MD: 1 towns, up to 82,335 inhabitants
    'Madang',  # PG-MPM: port port-pgmag
    'Madeira',  # PT-30: short for river-madeira-river
    'Mae Hong Son',  # TH-58: English words
    'Mafeteng',  # LS-E: 1 towns, up to 45,287 inhabitants
    'Mafraq',  # JO-MA: 1 towns, up to 57,118 inhabitants
    'Magdalena',  # CO-MAG: short for river-magdalena-river
    'Magway',  # MM-03: 1 towns, up to 96,954 inhabitants
    'Maha Sarakham',  # TH-44: 1 towns, up to 51,584 inhabitants
    'Mahdia',  # TN-53: 2 towns, up to 51,803 inhabitants
    'Malaita',  # SB-ML: landform landform-malaita
    'Malanje',  # AO-MAL: 1 towns, up to 455,000 inhabitants
    'Malatya',  # TR-44: 1 towns, up to 750,491 inhabitants
    'Maldonado',  # UY-MA: 3 towns, up to 102,000 inhabitants
    'Mamou',  # GN-M: 2 towns, up to 79,109 inhabitants
    'Managua',  # NI-MN: 1 towns, up to 973,087 inhabitants
    'Manchester',  # JM-12: short for canal-manchester-ship-canal
    'Mandalay',  # MM-04: 1 towns, up to 1,208,099 inhabitants
    'Mandera',  # KE-24: 1 towns, up to 114,718 inhabitants
    'Manica',  # MZ-B: 1 towns, up to 41,961 inhabitants
    'Manisa',  # TR-45: 1 towns, up to 243,971 inhabitants
    'Manouba',  # TN-14: 1 towns, up to 32,005 inhabitants
    'Manus',  # PG-MRL: English words
    'Manzini',  # SZ-MA: 1 towns, up to 110,537 inhabitants
    'Maputo',  # MZ-MPM: port port-mzmpm
    'Mara',  # TZ-13: 4 towns, up to 1,117 inhabitants
    'Maradi',  # NE-4: 1 towns, up to 361,702 inhabitants
    'Mardin',  # TR-47: 1 towns, up to 129,864 inhabitants
    'Marijampolė',  # LT-MR: 1 towns, up to 34,975 inhabitants
    'Marinduque',  # PH-MAD: the island first
    'Maritime',  # TG-M: English words
    'Marowijne',  # SR-MA: short for river-maroni-river
    'Marsabit',  # KE-25: 1 towns, up to 36,289 inhabitants
    'Mary',  # TM-M: English words
    'Maryland',  # LR-MY: division US-MD
    'Masaya',  # NI-MS: 2 towns, up to 130,113 inhabitants
    'Masbate',  # PH-MAS: 1 towns, up to 47,490 inhabitants
    'Mascara',  # DZ-29: English words
    'Maseru',  # LS-A: 1 towns, up to 359,753 inhabitants
    'Masovian',  # PL-14: an adjective
    'Masvingo',  # ZW-MV: 1 towns, up to 90,286 inhabitants
    'Matagalpa',  # NI-MT: 1 towns, up to 109,089 inhabitants
    'Matam',  # SN-MT: 1 towns, up to 27,695 inhabitants
    'Matanzas',  # CU-04: port port-cuqma
    'Mayo',  # IE-MO: port port-usmaa
    'Mbeya',  # TZ-14: 1 towns, up to 541,603 inhabitants
    'Medenine',  # TN-82: 1 towns, up to 71,406 inhabitants
    'Mersin',  # TR-33: port port-trmer
    'Meru',  # KE-26: 4 towns, up to 80,191 inhabitants
    'Meta',  # CO-MET: short for river-meta-river
    'Miaoli',  # TW-MIA: 1 towns, up to 86,327 inhabitants
    'Middle Juba',  # SO-JD: English words
    'Midlands',  # ZW-MI: common in English (Zipf 3.7)
    'Mie',  # JP-24: 1 towns, up to 33,695 inhabitants
    'Migori',  # KE-27: 1 towns, up to 71,668 inhabitants
    'Mila',  # DZ-43: English words
    'Milne Bay',  # PG-MBA: names water or an island
    'Minsk',  # BY-MI: 1 towns, up to 1,742,124 inhabitants
    'Minya',  # EG-MN: 1 towns, up to 283,605 inhabitants
    'Miranda',  # VE-M: 10 towns, up to 43,333 inhabitants
    'Misiones',  # PY-8: Argentina's Misiones Province first
    'Misrata',  # LY-MI: 1 towns, up to 355,657 inhabitants
    'Miyazaki',  # JP-45: 1 towns, up to 401,339 inhabitants
    'Mogilev',  # BY-MA: 1 towns, up to 352,896 inhabitants
    "Mohale's Hoek",  # LS-F: 1 towns, up to 46,593 inhabitants
    'Moka',  # MU-MO: 1 towns, up to 9,364 inhabitants
    'Mokhotlong',  # LS-J: 1 towns, up to 14,461 inhabitants
    'Mombasa',  # KE-28: port port-kemba
    'Mon',  # MM-15: English words
    'Monaghan',  # IE-MN: 1 towns, up to 7,894 inhabitants
    'Monastir',  # TN-52: 2 towns, up to 93,306 inhabitants
    'Mono',  # BJ-MO: English words
    'Montana',  # BG-12: English words
    'Monte Plata',  # DO-29: 1 towns, up to 15,532 inhabitants
    'Montevideo',  # UY-MO: port port-uymvd
    'Moquegua',  # PE-MOQ: 1 towns, up to 69,882 inhabitants
    'Morazán',  # SV-MO: 2 towns, up to 11,076 inhabitants
    'Morogoro',  # TZ-16: 1 towns, up to 471,409 inhabitants
    'Mostaganem',  # DZ-27: port port-dzmos
    'Mount Lebanon',  # LB-JL: 1 towns, up to 32,730 inhabitants
    'Mtwara',  # TZ-17: 1 towns, up to 140,793 inhabitants
    'Mukdahan',  # TH-49: 1 towns, up to 40,480 inhabitants
    "Murang'a",  # KE-29: 1 towns, up to 43,314 inhabitants
    'Murzuq',  # LY-MQ: the town and its oil basin first
    'Musandam',  # OM-MU: landform landform-musandam-peninsula
    'Muscat',  # OM-MA: English words
    'Muğla',  # TR-48: 1 towns, up to 92,328 inhabitants
    'Muş',  # TR-49: 2 towns, up to 82,536 inhabitants
    'Mwanza',  # TZ-18: 2 towns, up to 1,104,521 inhabitants
    'Mymensingh',  # BD-H: 1 towns, up to 225,126 inhabitants
    'Médéa',  # DZ-26: 2 towns, up to 145,441 inhabitants
    'Mérida',  # VE-L: 5 towns, up to 1,201,000 inhabitants
    'Nabatieh',  # LB-NA: 1 towns, up to 120,000 inhabitants
    'Nabeul',  # TN-21: 1 towns, up to 70,437 inhabitants
    'Nagano',  # JP-20: 2 towns, up to 372,760 inhabitants
    'Nagasaki',  # JP-42: port port-jpngs
    'Nairobi',  # KE-30: 1 towns, up to 4,397,073 inhabitants
    'Najaf',  # IQ-NA: 2 towns, up to 482,576 inhabitants
    'Nakhon Nayok',  # TH-26: 1 towns, up to 21,309 inhabitants
    'Nakhon Pathom',  # TH-73: 1 towns, up to 117,927 inhabitants
    'Nakhon Phanom',  # TH-48: 1 towns, up to 34,595 inhabitants
    'Nakhon Ratchasima',  # TH-30: 1 towns, up to 126,391 inhabitants
    'Nakhon Sawan',  # TH-60: 1 towns, up to 82,305 inhabitants
    'Nakhon Si Thammarat',  # TH-80: 1 towns, up to 102,152 inhabitants
    'Nakuru',  # KE-31: 1 towns, up to 570,674 inhabitants
    'Nalut',  # LY-NL: 1 towns, up to 28,431 inhabitants
    'Namangan',  # UZ-NG: 1 towns, up to 713,220 inhabitants
    'Namibe',  # AO-NAM: port port-aomsz
    'Nampula',  # MZ-N: 1 towns, up to 770,379 inhabitants
    'Nan',  # TH-55: English words
    'Nandi',  # KE-32: English words
    'Nantou',  # TW-NAN: 3 towns, up to 130,370 inhabitants
    'Napo',  # EC-N: short for river-napo-river
    'Nara',  # JP-29: 2 towns, up to 367,353 inhabitants
    'Narathiwat',  # TH-96: 1 towns, up to 47,771 inhabitants
    'Nariño',  # CO-NAR: 3 towns, up to 3,186 inhabitants
    'Narok',  # KE-33: 1 towns, up to 65,430 inhabitants
    'Naryn',  # KG-N: 1 towns, up to 41,178 inhabitants
    'Navoiy',  # UZ-NW: 1 towns, up to 144,158 inhabitants
    'Naypyidaw',  # MM-18: 1 towns, up to 925,000 inhabitants
    'Naâma',  # DZ-45: 1 towns, up to 14,624 inhabitants
    'Neftchala',  # AZ-NEF: the town first
    'Neuchâtel',  # CH-NE: 1 towns, up to 33,475 inhabitants
    'Nevşehir',  # TR-50: 1 towns, up to 75,527 inhabitants
    'New Ireland',  # PG-NIK: landform landform-new-ireland
    'New Taipei',  # TW-NWT: 1 towns, up to 4,004,367 inhabitants
    'New Valley',  # EG-WAD: English words
    'Niari',  # CG-9: short for river-kouilou-river
    'Nicosia',  # CY-01: 2 towns, up to 200,452 inhabitants
    'Niigata',  # JP-15: port port-jpkij
    'Ninh Bình',  # VN-18: 1 towns, up to 36,864 inhabitants
    'Nippes',  # HT-NI: 1 towns, up to 113,487 inhabitants
    'Nitra',  # SK-NI: 1 towns, up to 86,329 inhabitants
    'Nizhny Novgorod',  # RU-NIZ: 1 towns, up to 1,259,013 inhabitants
    'Niğde',  # TR-51: 1 towns, up to 91,039 inhabitants
    'Njombe',  # TZ-29: 2 towns, up to 92,537 inhabitants
    'Nong Bua Lamphu',  # TH-39: 1 towns, up to 34,401 inhabitants
    'Nong Khai',  # TH-43: 1 towns, up to 63,609 inhabitants
    'Nonthaburi',  # TH-12: 1 towns, up to 254,375 inhabitants
    'Nord',  # HT-ND: common in English (Zipf 3.1)
    'North',  # CM-NO: English words
    'North Bank',  # GM-N: English words
    'North Brabant',  # NL-NB: English words
    'North Central',  # LK-7: English words
    'North East',  # GH-NE: English words
    'North West',  # SL-NW: English words
    'North Western',  # LK-6: English words
    'North-East',  # BW-NE: English words
    'North-West',  # BW-NW: English words
    'North-Western',  # ZM-06: English words
    'Northern',  # UG-N: English words
    'Northern Red Sea',  # ER-SK: names water or an island
    'Northwest',  # CM-NW: English words
    'Novgorod',  # RU-NGR: 1 towns, up to 222,868 inhabitants
    'Novosibirsk',  # RU-NVS: 1 towns, up to 1,612,833 inhabitants
    'Nyamira',  # KE-34: 1 towns, up to 24,483 inhabitants
    'Nyanga',  # GA-5: port port-ganya
    'Nyeri',  # KE-36: 1 towns, up to 80,081 inhabitants
    'Nzérékoré',  # GN-N: 1 towns, up to 226,426 inhabitants
    'Obock',  # DJ-OB: 1 towns, up to 15,429 inhabitants
    'Oio',  # GW-OI: 1 towns, up to 736,072 inhabitants
    'Oita',  # JP-44: port port-jpoit
    'Okayama',  # JP-33: 1 towns, up to 724,691 inhabitants
    'Okinawa',  # JP-47: port port-jpoka
    'Olomouc',  # CZ-71: 1 towns, up to 99,496 inhabitants
    'Omsk',  # RU-OMS: 1 towns, up to 1,172,070 inhabitants
    'Opole',  # PL-16: 1 towns, up to 127,676 inhabitants
    'Oran',  # DZ-31: port port-dzorn
    'Orange Walk',  # BZ-OW: English words
    'Ordu',  # TR-52: English words
    'Orellana',  # EC-D: a surname, and a town
    'Orenburg',  # RU-ORE: 1 towns, up to 564,773 inhabitants
    'Oruro',  # BO-O: 1 towns, up to 208,684 inhabitants
    'Oryol',  # RU-ORL: 1 towns, up to 303,696 inhabitants
    'Osaka',  # JP-27: port port-jposa
    'Osh',  # KG-O: 1 towns, up to 322,164 inhabitants
    'Oslo',  # NO-03: port port-noosl
    'Osmaniye',  # TR-80: 1 towns, up to 202,837 inhabitants
    'Oti',  # GH-OT: a river first
    'Ouargla',  # DZ-30: 1 towns, up to 169,928 inhabitants
    'Pailin',  # KH-24: 1 towns, up to 17,850 inhabitants
    'Palawan',  # PH-PLW: landform landform-palawan
    'Pamplemousses',  # MU-PA: 1 towns, up to 9,682 inhabitants
    'Panamá',  # PA-8: short for canal-panama-canal
    'Pando',  # BO-N: 2 towns, up to 24,047 inhabitants
    'Panevėžys',  # LT-PN: 1 towns, up to 85,885 inhabitants
    'Paphos',  # CY-05: 1 towns, up to 35,961 inhabitants
    'Para',  # SR-PR: English words
    'Paraguarí',  # PY-9: 1 towns, up to 10,079 inhabitants
    'Paramaribo',  # SR-PM: port port-srpbm
    'Pardubice',  # CZ-53: 1 towns, up to 88,520 inhabitants
    'Paro',  # BT-11: 1 towns, up to 11,448 inhabitants
    'Pasco',  # PE-PAS: port port-uspsc
    'Pathum Thani',  # TH-13: 1 towns, up to 24,547 inhabitants
    'Pattani',  # TH-94: port port-thpan
    'Pavlodar',  # KZ-55: 1 towns, up to 329,002 inhabitants
    'Paysandú',  # UY-PA: 1 towns, up to 81,550 inhabitants
    'Pazardzhik',  # BG-13: 1 towns, up to 55,220 inhabitants
    'Pedernales',  # DO-16: 5 towns, up to 11,072 inhabitants
    'Pemagatshel',  # BT-43: 1 towns, up to 13,864 inhabitants
    'Penghu',  # TW-PEN: landform landform-penghu-islands
    'Penza',  # RU-PNZ: 1 towns, up to 523,553 inhabitants
    'Perm',  # RU-PER: English words
    'Pernik',  # BG-14: 1 towns, up to 82,467 inhabitants
    'Pest',  # HU-PE: English words
    'Phang Nga',  # TH-82: 1 towns, up to 9,676 inhabitants
    'Phatthalung',  # TH-93: 1 towns, up to 43,522 inhabitants
    'Phayao',  # TH-56: 1 towns, up to 21,058 inhabitants
    'Phetchabun',  # TH-67: 1 towns, up to 50,656 inhabitants
    'Phetchaburi',  # TH-76: 1 towns, up to 46,601 inhabitants
    'Phichit',  # TH-66: 1 towns, up to 35,760 inhabitants
    'Phitsanulok',  # TH-65: 1 towns, up to 62,584 inhabitants
    'Phnom Penh',  # KH-12: port port-khpnh
    'Phra Nakhon Si Ayutthaya',  # TH-14: 1 towns, up to 50,830 inhabitants
    'Phrae',  # TH-54: 1 towns, up to 38,538 inhabitants
    'Phuket',  # TH-83: 1 towns, up to 79,308 inhabitants
    'Phú Thọ',  # VN-68: 1 towns, up to 91,650 inhabitants
    'Pinar del Río',  # CU-01: 1 towns, up to 186,990 inhabitants
    'Pirot',  # RS-22: 1 towns, up to 40,678 inhabitants
    'Piura',  # PE-PIU: 1 towns, up to 630,000 inhabitants
    'Plateau',  # BJ-PL: English words
    'Plateaux',  # TG-P: English words
    'Pleven',  # BG-15: 2 towns, up to 90,209 inhabitants
    'Plovdiv',  # BG-16: 1 towns, up to 329,489 inhabitants
    'Plzeň',  # CZ-32: 1 towns, up to 168,733 inhabitants
    'Pointe-Noire',  # CG-16: 2 towns, up to 1,032,000 inhabitants
    'Pomeranian',  # PL-22: an adjective
    'Pool',  # CG-12: English words
    'Port Louis',  # MU-PL: port port-muplu
    'Port Moresby',  # PG-NCD: port port-pgpom
    'Port Said',  # EG-PTS: English words
    'Portalegre',  # PT-12: port port-ptpor
    'Portland',  # JM-04: port port-auptj
    'Porto',  # PT-13: English words
    'Potosí',  # BO-P: 6 towns, up to 141,251 inhabitants
    'Prachuap Khiri Khan',  # TH-77: 1 towns, up to 33,521 inhabitants
    'Prey Veng',  # KH-14: 1 towns, up to 33,079 inhabitants
    'Prešov',  # SK-PV: 1 towns, up to 82,927 inhabitants
    'Princes Town',  # TT-PRT: 1 towns, up to 10,000 inhabitants
    'Pskov',  # RU-PSK: 1 towns, up to 210,501 inhabitants
    'Puerto Plata',  # DO-18: port port-dopop
    'Punakha',  # BT-23: 1 towns, up to 21,500 inhabitants
    'Puno',  # PE-PUN: 3 towns, up to 3,124,458 inhabitants
    'Puntarenas',  # CR-P: port port-crpas
    'Pursat',  # KH-15: 1 towns, up to 52,476 inhabitants
    'Putumayo',  # CO-PUT: short for river-putumayo-river
    'Pärnu',  # EE-68: 1 towns, up to 40,228 inhabitants
    'Põlva',  # EE-64: 1 towns, up to 5,115 inhabitants
    "Qacha's Nek",  # LS-H: 1 towns, up to 25,573 inhabitants
    'Qazvin',  # IR-26: 1 towns, up to 333,635 inhabitants
    'Qena',  # EG-KN: 1 towns, up to 252,883 inhabitants
    'Qom',  # IR-25: 1 towns, up to 900,000 inhabitants
    'Quetzaltenango',  # GT-QZ: 1 towns, up to 180,706 inhabitants
    'Quezon',  # PH-QUE: port port-phque
    'Quirino',  # PH-QUI: a president's name first (Quirino Avenue, Quirino Grandstand)
    'Quneitra',  # SY-QU: the town first
    'Quthing',  # LS-G: 1 towns, up to 33,910 inhabitants
    'Quảng Ngãi',  # VN-29: 1 towns, up to 278,496 inhabitants
    'Rajshahi',  # BD-E: 1 towns, up to 763,580 inhabitants
    'Rangpur',  # BD-F: 1 towns, up to 1,031,388 inhabitants
    'Ranong',  # TH-85: 1 towns, up to 24,561 inhabitants
    'Rapla',  # EE-71: 1 towns, up to 5,132 inhabitants
    'Raqqa',  # SY-RA: 1 towns, up to 531,952 inhabitants
    'Ratchaburi',  # TH-70: 1 towns, up to 92,448 inhabitants
    'Rayong',  # TH-21: 1 towns, up to 106,737 inhabitants
    'Razgrad',  # BG-17: 1 towns, up to 28,931 inhabitants
    'Red Sea',  # SD-RS: names water or an island
    'Relizane',  # DZ-48: 1 towns, up to 123,255 inhabitants
    'Retalhuleu',  # GT-RE: 1 towns, up to 90,505 inhabitants
    'Risaralda',  # CO-RIS: 1 towns, up to 5,421 inhabitants
    'Rivas',  # NI-RI: 1 towns, up to 30,000 inhabitants
    'River Cess',  # LR-RI: English words
    'River Gee',  # LR-RG: English words
    'River Nile',  # SD-NR: river river-nile
    'Rivera',  # UY-RV: 2 towns, up to 84,775 inhabitants
    'Rivière du Rempart',  # MU-RR: 1 towns, up to 10,825 inhabitants
    'Rizal',  # PH-RIZ: 15 towns, up to 26,201 inhabitants
    'Rize',  # TR-53: port port-trriz
    'Rocha',  # UY-RO: 1 towns, up to 26,784 inhabitants
    'Roi Et',  # TH-45: 1 towns, up to 39,328 inhabitants
    'Romblon',  # PH-ROM: 1 towns, up to 15,316 inhabitants
    'Roscommon',  # IE-RN: 2 towns, up to 6,555 inhabitants
    'Ruse',  # BG-18: English words
    'Ruvuma',  # TZ-21: short for river-rovuma-river
    'Ryazan',  # RU-RYA: 1 towns, up to 538,962 inhabitants
    'Río Negro',  # UY-RN: river river-negro-river
    'Río San Juan',  # NI-SJ: 1 towns, up to 8,983 inhabitants
    'Sa Kaeo',  # TH-27: 1 towns, up to 28,497 inhabitants
    'Saba',  # NL-BQ2: 3 towns, up to 136,011 inhabitants
    'Sabha',  # LY-SB: 2 towns, up to 149,329 inhabitants
    'Saga',  # JP-41: English words
    'Sagaing',  # MM-01: 1 towns, up to 78,739 inhabitants
    'Saint Andrew',  # JM-02: a saint's name first
    'Saint Ann',  # JM-06: English words
    'Saint Catherine',  # JM-14: a saint's name first
    'Saint Elizabeth',  # JM-11: a saint's name first
    'Saint James',  # JM-08: 9 towns, up to 464,860 inhabitants
    'Saint Mary',  # JM-05: English words
    'Saint Thomas',  # JM-03: 1 towns, up to 38,909 inhabitants
    'Saint-Louis',  # SN-SL: 6 towns, up to 279,695 inhabitants
    'Sainyabuli',  # LA-XA: 1 towns, up to 13,500 inhabitants
    'Saitama',  # JP-11: 1 towns, up to 1,324,854 inhabitants
    'Sakarya',  # TR-54: 1 towns, up to 286,787 inhabitants
    'Sakon Nakhon',  # TH-47: 1 towns, up to 76,237 inhabitants
    'Saladin',  # IQ-SD: a person's name first
    'Salavan',  # LA-SL: 1 towns, up to 5,521 inhabitants
    'Salto',  # UY-SA: 3 towns, up to 119,736 inhabitants
    'Salzburg',  # AT-5: 2 towns, up to 157,245 inhabitants
    'Samaná',  # DO-20: port port-dopud
    'Samar',  # PH-WSA: landform landform-samar
    'Samara',  # RU-SAM: English words
    'Samarkand',  # UZ-SA: 2 towns, up to 595,200 inhabitants
    'Samdrup Jongkhar',  # BT-45: 1 towns, up to 9,325 inhabitants
    'Samsun',  # TR-55: port port-trssx
    'Samtse',  # BT-14: 1 towns, up to 5,396 inhabitants
    'Samut Prakan',  # TH-11: 1 towns, up to 388,920 inhabitants
    'Samut Sakhon',  # TH-74: 1 towns, up to 63,498 inhabitants
    'Samut Songkhram',  # TH-75: 1 towns, up to 35,065 inhabitants
    'San Cristóbal',  # DO-21: 32 towns, up to 1,645,352 inhabitants
    'San José',  # UY-SJ: port port-crsjo
    'San José de Ocoa',  # DO-31: 1 towns, up to 21,148 inhabitants
    'San Juan',  # DO-22: short for river-san-juan-river-nicaragua
    'San Marcos',  # GT-SM: port port-mxsmi
    'San Martín',  # PE-SAM: 22 towns, up to 155,738 inhabitants
    'San Miguel',  # SV-SM: 57 towns, up to 1,404,452 inhabitants
    'San Pedro',  # PY-2: English words
    'San Pedro de Macorís',  # DO-23: port port-dospm
    'San Salvador',  # SV-SS: 8 towns, up to 525,990 inhabitants
    'San Vicente',  # SV-SV: port port-clsve
    'Sanaa',  # YE-SN: 1 towns, up to 1,937,451 inhabitants
    'Sancti Spíritus',  # CU-07: 2 towns, up to 127,069 inhabitants
    'Sangha',  # CG-13: short for river-sangha-river
    'Sangre Grande',  # TT-SGE: 1 towns, up to 15,968 inhabitants
    'Santa Ana',  # SV-SA: 36 towns, up to 1,308,085 inhabitants
    'Santa Bárbara',  # HN-SB: port port-ussba
    'Santa Cruz',  # BO-S: port port-arrza
    'Santa Elena',  # EC-SE: 20 towns, up to 42,214 inhabitants
    'Santa Rosa',  # GT-SR: 48 towns, up to 216,650 inhabitants
    'Santander',  # CO-SAN: port port-essdr
    'Santarém',  # PT-14: port port-brstm
    'Santiago',  # DO-25: port port-cuscu
    'Santiago de Cuba',  # CU-13: 1 towns, up to 555,865 inhabitants
    'Santo Domingo',  # DO-32: port port-dosdq
    'Sar-e Pol',  # AF-SAR: English words
    'Saraburi',  # TH-19: 1 towns, up to 67,763 inhabitants
    'Sarangani',  # PH-SAR: 1 towns, up to 7,506 inhabitants
    'Saratov',  # RU-SAR: 1 towns, up to 844,858 inhabitants
    'Sarpang',  # BT-31: 1 towns, up to 10,416 inhabitants
    'Satu Mare',  # RO-SM: 4 towns, up to 112,490 inhabitants
    'Satun',  # TH-91: 1 towns, up to 34,544 inhabitants
    'Savanes',  # TG-S: division CI-SV
    'Savannah',  # GH-SV: short for river-savannah-river
    'Savannakhet',  # LA-SV: 1 towns, up to 125,760 inhabitants
    'Saïda',  # DZ-20: 2 towns, up to 163,554 inhabitants
    'Schaffhausen',  # CH-SH: 2 towns, up to 36,587 inhabitants
    'Schwyz',  # CH-SZ: 1 towns, up to 15,181 inhabitants
    'Sekong',  # LA-XE: 2 towns, up to 20,116 inhabitants
    'Semnan',  # IR-20: 1 towns, up to 124,826 inhabitants
    'Sennar',  # SD-SI: 1 towns, up to 130,122 inhabitants
    'Setúbal',  # PT-15: port port-ptset
    'Sfax',  # TN-61: port port-tnsfa
    'Shabran',  # AZ-SBN: the town first
    'Shan',  # MM-17: English words
    'Shinyanga',  # TZ-22: 1 towns, up to 139,727 inhabitants
    'Shizuoka',  # JP-22: 1 towns, up to 693,389 inhabitants
    'Shkodër',  # AL-10: 1 towns, up to 95,553 inhabitants
    'Shumen',  # BG-27: 1 towns, up to 72,342 inhabitants
    'Siaya',  # KE-38: 1 towns, up to 33,153 inhabitants
    'Sibiu',  # RO-SB: 1 towns, up to 134,309 inhabitants
    'Sidi Bel Abbès',  # DZ-22: 1 towns, up to 210,146 inhabitants
    'Sidi Bouzid',  # TN-43: 2 towns, up to 47,595 inhabitants
    'Siem Reap',  # KH-17: 1 towns, up to 139,458 inhabitants
    'Siirt',  # TR-56: 1 towns, up to 114,034 inhabitants
    'Sila',  # TD-SI: Italy's Sila plateau too
    'Silesian',  # PL-24: an adjective
    'Siliana',  # TN-34: 1 towns, up to 31,251 inhabitants
    'Silistra',  # BG-19: 1 towns, up to 29,498 inhabitants
    'Sing Buri',  # TH-17: English words
    'Singida',  # TZ-23: 1 towns, up to 232,459 inhabitants
    'Sinop',  # TR-57: port port-trsic
    'Siparia',  # TT-SIP: 1 towns, up to 8,568 inhabitants
    'Siquijor',  # PH-SIG: 1 towns, up to 10,259 inhabitants
    'Sirdaryo',  # UZ-SI: 1 towns, up to 28,800 inhabitants
    'Sirte',  # LY-SR: 1 towns, up to 106,705 inhabitants
    'Sivas',  # TR-58: 1 towns, up to 264,022 inhabitants
    'Siyazan',  # AZ-SIY: 1 towns, up to 25,900 inhabitants
    'Skikda',  # DZ-21: port port-dzski
    'Sligo',  # IE-SO: port port-iesli
    'Sliven',  # BG-20: 1 towns, up to 83,740 inhabitants
    'Smolensk',  # RU-SMO: 1 towns, up to 330,025 inhabitants
    'Smolyan',  # BG-21: 1 towns, up to 30,689 inhabitants
    'Socotra',  # YE-SU: landform landform-socotra
    'Sofala',  # MZ-S: the Sofala Bank and the old port first
    'Sofia',  # BG-23: port port-bgsof
    'Sohag',  # EG-SHG: 1 towns, up to 266,944 inhabitants
    'Sololá',  # GT-SO: 1 towns, up to 45,373 inhabitants
    'Solothurn',  # CH-SO: 1 towns, up to 16,777 inhabitants
    'Somali',  # ET-SO: common in English (Zipf 3.5)
    'Somogy',  # HU-SO: 1 towns, up to 145,347 inhabitants
    'Songkhla',  # TH-90: port port-thsgz
    'Sonsonate',  # SV-SO: 1 towns, up to 59,468 inhabitants
    'Sool',  # SO-SO: English words
    'Sorsogon',  # PH-SOR: 1 towns, up to 187,670 inhabitants
    'Souk Ahras',  # DZ-41: 1 towns, up to 153,479 inhabitants
    'Sousse',  # TN-51: port port-tnsus
    'South',  # CM-SU: English words
    'South Holland',  # NL-ZH: 1 towns, up to 22,043 inhabitants
    'South-East',  # BW-SE: English words
    'Southern',  # BW-SO: English words
    'Southern Red Sea',  # ER-DK: names water or an island
    'Southwest',  # CM-SW: English words
    'Southwest Finland',  # FI-19: English words
    'Stara Zagora',  # BG-24: 1 towns, up to 121,582 inhabitants
    'Stavropol',  # RU-STA: 1 towns, up to 433,931 inhabitants
    'Stockholm',  # SE-AB: port port-sesto
    'Stung Treng',  # KH-19: 1 towns, up to 25,000 inhabitants
    'Subcarpathian',  # PL-18: an adjective
    'Suceava',  # RO-SV: 1 towns, up to 84,308 inhabitants
    'Sucre',  # VE-R: English words
    'Sud',  # HT-SD: English words
    'Suez',  # EG-SUZ: short for canal-suez-canal
    'Sukhothai',  # TH-64: 1 towns, up to 37,000 inhabitants
    'Sulaymaniyah',  # IQ-SU: 1 towns, up to 878,146 inhabitants
    'Sultan Kudarat',  # PH-SUK: 1 towns, up to 124,965 inhabitants
    'Sulu',  # PH-SLU: 2 towns, up to 101,002 inhabitants
    'Suphan Buri',  # TH-72: 1 towns, up to 53,399 inhabitants
    'Surat Thani',  # TH-84: 1 towns, up to 132,040 inhabitants
    'Surin',  # TH-32: 2 towns, up to 46,673 inhabitants
    'Svay Rieng',  # KH-20: 1 towns, up to 23,956 inhabitants
    'Sverdlovsk',  # RU-SVE: 1 towns, up to 1,495,066 inhabitants
    'Sylhet',  # BD-G: 1 towns, up to 237,000 inhabitants
    'Sédhiou',  # SN-SE: 1 towns, up to 31,511 inhabitants
    'Sétif',  # DZ-19: 1 towns, up to 252,127 inhabitants
    'Sơn La',  # VN-05: 1 towns, up to 106,052 inhabitants
    'Tabora',  # TZ-24: 1 towns, up to 308,741 inhabitants
    'Tacna',  # PE-TAC: 2 towns, up to 286,240 inhabitants
    'Tacuarembó',  # UY-TA: 1 towns, up to 60,586 inhabitants
    'Tadjourah',  # DJ-TA: the town first
    'Tafilah',  # JO-AT: the town first
    'Tahoua',  # NE-5: 1 towns, up to 159,468 inhabitants
    'Taichung',  # TW-TXG: port port-twtxg
    'Tainan',  # TW-TNN: 2 towns, up to 1,856,642 inhabitants
    'Taipei',  # TW-TPE: port port-twtpe
    'Taitung',  # TW-TTT: 1 towns, up to 103,260 inhabitants
    'Taiz',  # YE-TA: 1 towns, up to 940,600 inhabitants
    'Tak',  # TH-63: 1 towns, up to 24,149 inhabitants
    'Takéo',  # KH-21: 2 towns, up to 843,931 inhabitants
    'Talas',  # KG-T: 4 towns, up to 358,153 inhabitants
    'Tambacounda',  # SN-TC: 1 towns, up to 149,071 inhabitants
    'Tambov',  # RU-TAM: 1 towns, up to 293,661 inhabitants
    'Tana River',  # KE-40: names water or an island
    'Tanga',  # TZ-25: English words
    'Tanganyika',  # CD-TA: the lake first, and the former country
    'Tanintharyi',  # MM-05: 1 towns, up to 5,514 inhabitants
    'Taoyuan',  # TW-TAO: port port-twtyn
    'Targovishte',  # BG-25: 1 towns, up to 34,793 inhabitants
    'Tarija',  # BO-T: 1 towns, up to 159,269 inhabitants
    'Tarlac',  # PH-TAR: 1 towns, up to 401,892 inhabitants
    'Tartu',  # EE-79: 1 towns, up to 91,407 inhabitants
    'Tartus',  # SY-TA: 1 towns, up to 458,327 inhabitants
    'Tashkent',  # UZ-TO: 1 towns, up to 1,978,028 inhabitants
    'Tataouine',  # TN-83: 1 towns, up to 66,924 inhabitants
    'Tauragė',  # LT-TA: 1 towns, up to 21,203 inhabitants
    'Tawi-Tawi',  # PH-TAW: the island first
    'Tbilisi',  # GE-TB: 1 towns, up to 1,049,498 inhabitants
    'Tehran',  # IR-23: 1 towns, up to 7,153,309 inhabitants
    'Tekirdağ',  # TR-59: port port-trtek
    'Tel Aviv',  # IL-TA: 1 towns, up to 432,892 inhabitants
    'Telemark',  # NO-40: English words
    'Telšiai',  # LT-TE: 1 towns, up to 21,294 inhabitants
    'Tete',  # MZ-T: English words
    'Thaba-Tseka',  # LS-K: 1 towns, up to 16,765 inhabitants
    'Thanh Hóa',  # VN-21: 2 towns, up to 850,000 inhabitants
    'Thimphu',  # BT-15: 1 towns, up to 98,676 inhabitants
    'Thiès',  # SN-TH: 1 towns, up to 317,763 inhabitants
    'Thái Nguyên',  # VN-69: 2 towns, up to 4,303,673 inhabitants
    'Tiaret',  # DZ-14: 1 towns, up to 178,915 inhabitants
    'Tibesti',  # TD-TI: the mountains first
    'Tillabéri',  # NE-6: 1 towns, up to 30,822 inhabitants
    'Tindouf',  # DZ-37: 1 towns, up to 45,610 inhabitants
    'Tirana',  # AL-11: 1 towns, up to 418,495 inhabitants
    'Tissemsilt',  # DZ-38: 1 towns, up to 66,084 inhabitants
    'Tizi Ouzou',  # DZ-15: 1 towns, up to 104,312 inhabitants
    'Tlemcen',  # DZ-13: 1 towns, up to 173,531 inhabitants
    'Tochigi',  # JP-09: 1 towns, up to 159,056 inhabitants
    'Tokat',  # TR-60: 1 towns, up to 129,702 inhabitants
    'Tokushima',  # JP-36: port port-jptks
    'Tokyo',  # JP-13: port port-jptyo
    'Toledo',  # BZ-TOL: port port-ustol
    'Tolna',  # HU-TO: 1 towns, up to 12,011 inhabitants
    'Tomsk',  # RU-TOM: 1 towns, up to 574,002 inhabitants
    'Totonicapán',  # GT-TO: 1 towns, up to 103,952 inhabitants
    'Tottori',  # JP-31: 1 towns, up to 188,465 inhabitants
    'Toyama',  # JP-16: port port-jptoy
    'Tozeur',  # TN-72: 1 towns, up to 37,370 inhabitants
    'Trabzon',  # TR-61: port port-trtzx
    'Trang',  # TH-92: 1 towns, up to 66,713 inhabitants
    'Trat',  # TH-23: 1 towns, up to 21,590 inhabitants
    'Treinta y Tres',  # UY-TT: 1 towns, up to 25,890 inhabitants
    'Trenčín',  # SK-TC: 1 towns, up to 58,278 inhabitants
    'Tripoli',  # LY-TB: English words
    'Trnava',  # SK-TA: 5 towns, up to 418,495 inhabitants
    'Trujillo',  # VE-T: 6 towns, up to 1,067,700 inhabitants
    'Tsirang',  # BT-21: 1 towns, up to 22,376 inhabitants
    'Tula',  # RU-TUL: English words
    'Tulcea',  # RO-TL: port port-rotce
    'Tumbes',  # PE-TUM: 1 towns, up to 96,946 inhabitants
    'Tunceli',  # TR-62: 1 towns, up to 35,161 inhabitants
    'Tunis',  # TN-11: port port-tntun
    'Turkistan',  # KZ-61: 1 towns, up to 227,098 inhabitants
    'Tutong',  # BN-TU: 1 towns, up to 19,151 inhabitants
    'Tuyên Quang',  # VN-07: 1 towns, up to 104,645 inhabitants
    'Tver',  # RU-TVE: 1 towns, up to 420,065 inhabitants
    'Tyumen',  # RU-TYU: 1 towns, up to 768,358 inhabitants
    'Tây Ninh',  # VN-37: 2 towns, up to 1,677,177 inhabitants
    'Tébessa',  # DZ-12: 1 towns, up to 194,461 inhabitants
    'Ubon Ratchathani',  # TH-34: 1 towns, up to 122,533 inhabitants
    'Ucayali',  # PE-UCA: short for river-ucayali-river
    'Udon Thani',  # TH-41: 1 towns, up to 130,531 inhabitants
    'Ulyanovsk',  # RU-ULY: 1 towns, up to 626,540 inhabitants
    'Umm Salal',  # QA-US: the town first
    'Unity',  # SS-UY: English words
    'Upper East',  # GH-UE: English words
    'Upper River',  # GM-U: names water or an island
    'Upper West',  # GH-UW: English words
    'Uppsala',  # SE-C: 1 towns, up to 177,074 inhabitants
    'Uri',  # CH-UR: 3 towns, up to 9,366 inhabitants
    'Uruzgan',  # AF-URU: 1 towns, up to 13,388 inhabitants
    'Usulután',  # SV-US: 1 towns, up to 51,910 inhabitants
    'Utena',  # LT-UT: 1 towns, up to 25,397 inhabitants
    'Uthai Thani',  # TH-61: 1 towns, up to 22,219 inhabitants
    'Utrecht',  # NL-UT: 2 towns, up to 376,435 inhabitants
    'Uttaradit',  # TH-53: 1 towns, up to 58,313 inhabitants
    'Uva',  # LK-8: English words
    'Uíge',  # AO-UIG: 1 towns, up to 322,531 inhabitants
    'Uşak',  # TR-64: 1 towns, up to 369,433 inhabitants
    'Valga',  # EE-81: 2 towns, up to 11,792 inhabitants
    'Valle',  # HN-VA: 4 towns, up to 832 inhabitants
    'Valverde',  # DO-27: 3 towns, up to 64,757 inhabitants
    'Van',  # TR-65: English words
    'Varaždin',  # HR-05: 1 towns, up to 36,187 inhabitants
    'Varna',  # BG-03: English words
    'Vas',  # HU-VA: English words
    'Vaslui',  # RO-VS: 1 towns, up to 63,035 inhabitants
    'Veliko Tarnovo',  # BG-04: the town first
    'Veszprém',  # HU-VE: 1 towns, up to 56,927 inhabitants
    'Viana do Castelo',  # PT-16: port port-ptvdc
    'Vidin',  # BG-05: 1 towns, up to 34,797 inhabitants
    'Vientiane',  # LA-VI: 1 towns, up to 840,940 inhabitants
    'Vila Real',  # PT-17: English words
    'Viljandi',  # EE-84: 1 towns, up to 17,407 inhabitants
    'Vilnius',  # LT-VL: port port-ltvno
    'Viqueque',  # TL-VI: 1 towns, up to 6,078 inhabitants
    'Viseu',  # PT-18: 2 towns, up to 103,502 inhabitants
    'Vitebsk',  # BY-VI: 1 towns, up to 358,927 inhabitants
    'Vladimir',  # RU-VLA: 2 towns, up to 357,024 inhabitants
    'Vlorë',  # AL-12: port port-alvoa
    'Vologda',  # RU-VLG: 1 towns, up to 312,420 inhabitants
    'Volta',  # GH-TV: the river and the lake first
    'Voronezh',  # RU-VOR: 1 towns, up to 1,047,549 inhabitants
    'Vratsa',  # BG-06: 1 towns, up to 49,569 inhabitants
    'Võru',  # EE-87: 1 towns, up to 12,367 inhabitants
    'Vĩnh Long',  # VN-49: 1 towns, up to 137,870 inhabitants
    'Wajir',  # KE-46: 1 towns, up to 90,116 inhabitants
    'Wakayama',  # JP-30: port port-jpwak
    'Wangdue Phodrang',  # BT-24: 1 towns, up to 8,954 inhabitants
    'Warmian-Masurian',  # PL-28: an adjective
    'Waterford',  # IE-WD: port port-iewat
    'West',  # CM-OU: short for river-xi-river
    'West Coast',  # GM-W: English words
    'West Pomeranian',  # PL-32: an adjective
    'Western',  # UG-W: English words
    'Western North',  # GH-WN: English words
    'Westmoreland',  # JM-10: 3 towns, up to 2,291 inhabitants
    'Wexford',  # IE-WX: 1 towns, up to 21,524 inhabitants
    'White Nile',  # SD-NW: river river-white-nile
    'Wicklow',  # IE-WW: port port-iewic
    'Yala',  # TH-95: 4 towns, up to 299,283 inhabitants
    'Yalova',  # TR-77: 1 towns, up to 71,289 inhabitants
    'Yamagata',  # JP-06: 3 towns, up to 248,772 inhabitants
    'Yamaguchi',  # JP-35: 1 towns, up to 193,966 inhabitants
    'Yamanashi',  # JP-19: 1 towns, up to 33,435 inhabitants
    'Yambol',  # BG-28: 1 towns, up to 63,656 inhabitants
    'Yamoussoukro',  # CI-YM: 1 towns, up to 275,686 inhabitants
    'Yangon',  # MM-06: short for river-yangon-river
    'Yaroslavl',  # RU-YAR: 1 towns, up to 608,722 inhabitants
    'Yasothon',  # TH-35: 1 towns, up to 21,643 inhabitants
    'Yazd',  # IR-21: 1 towns, up to 477,905 inhabitants
    'Yilan',  # TW-ILA: 2 towns, up to 94,188 inhabitants
    'Yoro',  # HN-YO: 1 towns, up to 15,774 inhabitants
    'Yozgat',  # TR-66: 1 towns, up to 87,881 inhabitants
    'Zacapa',  # GT-ZA: 1 towns, up to 60,424 inhabitants
    'Zadar',  # HR-13: port port-hrzad
    'Zaghouan',  # TN-22: 1 towns, up to 20,798 inhabitants
    'Zagreb',  # HR-01: 1 towns, up to 663,592 inhabitants
    'Zaire',  # AO-ZAI: the former name of the DR Congo, and of the Congo river
    'Zaječar',  # RS-15: 1 towns, up to 49,800 inhabitants
    'Zala',  # HU-ZA: 4 towns, up to 12,313 inhabitants
    'Zambezi',  # NA-CA: river river-zambezi
    'Zanjan',  # IR-19: 1 towns, up to 357,471 inhabitants
    'Zarqa',  # JO-AZ: 1 towns, up to 792,665 inhabitants
    'Zawiya',  # LY-ZA: port port-lyzaw
    'Zeeland',  # NL-ZE: port port-uszld
    'Ziguinchor',  # SN-ZG: port port-snzig
    'Zinder',  # NE-7: 1 towns, up to 318,874 inhabitants
    'Zlín',  # CZ-72: 1 towns, up to 72,973 inhabitants
    'Zonguldak',  # TR-67: port port-trzon
    'Zou',  # BJ-ZO: 1 towns, up to 25,210 inhabitants
    'Zug',  # CH-ZG: 2 towns, up to 30,542 inhabitants
    'Zurich',  # CH-ZH: 1 towns, up to 415,367 inhabitants
    'Çanakkale',  # TR-17: 1 towns, up to 143,622 inhabitants
    'Çankırı',  # TR-18: 1 towns, up to 90,564 inhabitants
    'Çorum',  # TR-19: 4 towns, up to 269,595 inhabitants
    'Évora',  # PT-07: 2 towns, up to 53,591 inhabitants
    'Örebro',  # SE-T: 1 towns, up to 155,989 inhabitants
    'Ústí nad Labem',  # CZ-42: 1 towns, up to 90,378 inhabitants
    'Đồng Nai',  # VN-39: short for river-dong-nai-river
    'Đồng Tháp',  # VN-45: port port-vndth
    'İzmir',  # TR-35: port port-trizm
    'Łódź',  # PL-10: 1 towns, up to 639,890 inhabitants
    'Şanlıurfa',  # TR-63: 1 towns, up to 449,549 inhabitants
    'Şırnak',  # TR-73: 1 towns, up to 67,662 inhabitants
    'Šiauliai',  # LT-SA: 1 towns, up to 99,462 inhabitants
    'Žilina',  # SK-ZI: 2 towns, up to 81,219 inhabitants
}


def rows(cc, generic, items, wiki=None):
    """(iso, full, short, other names, spec) from (code, short, other names, spec[, full])."""
    out = []
    for item in items:
        code, short, extra, spec = item[:4]
        full = item[4] if len(item) > 4 else f"{short} {generic}"
        out.append((f"{cc}-{code}", full, short, extra, spec))
    return out


# -- Japan: 47 prefectures -----------------------------------------------------------------
JP = rows("JP", "Prefecture", [
("01","Hokkaido","","q:Hokkaidō"),("02","Aomori","","q:Aomori"),("03","Iwate","","q:Iwate"),
("04","Miyagi","","q:Miyagi"),("05","Akita","","q:Akita"),("06","Yamagata","","q:Yamagata"),
("07","Fukushima","","q:Fukushima"),("08","Ibaraki","","q:Ibaraki"),("09","Tochigi","","q:Tochigi"),
("10","Gunma","","q:Gunma"),("11","Saitama","","q:Saitama"),("12","Chiba","","q:Chiba"),
("13","Tokyo","Tokyo Prefecture|Tokyo Metropolitan Prefecture","q:Tokyo","Tokyo Metropolis"),
("14","Kanagawa","","q:Kanagawa"),("15","Niigata","","q:Niigata"),("16","Toyama","","q:Toyama"),
("17","Ishikawa","","q:Ishikawa"),("18","Fukui","","q:Fukui"),("19","Yamanashi","","q:Yamanashi"),
("20","Nagano","","q:Nagano"),("21","Gifu","","q:Gifu"),("22","Shizuoka","","q:Shizuoka"),
("23","Aichi","","q:Aichi"),("24","Mie","","q:Mie"),("25","Shiga","","q:Shiga"),
("26","Kyoto","","q:Kyōto"),("27","Osaka","","q:Ōsaka"),("28","Hyogo","Hyōgo Prefecture","q:Hyōgo"),
("29","Nara","","q:Nara"),("30","Wakayama","","q:Wakayama"),("31","Tottori","","q:Tottori"),
("32","Shimane","","q:Shimane"),("33","Okayama","","q:Okayama"),("34","Hiroshima","","q:Hiroshima"),
("35","Yamaguchi","","q:Yamaguchi"),("36","Tokushima","","q:Tokushima"),("37","Kagawa","","q:Kagawa"),
("38","Ehime","","q:Ehime"),("39","Kochi","Kōchi Prefecture","q:Kōchi"),("40","Fukuoka","","q:Fukuoka"),
("41","Saga","","q:Saga"),("42","Nagasaki","","q:Nagasaki"),("43","Kumamoto","","q:Kumamoto"),
("44","Oita","Ōita Prefecture","q:Ōita"),("45","Miyazaki","","q:Miyazaki"),("46","Kagoshima","","q:Kagoshima"),
("47","Okinawa","","q:Okinawa"),
])

# -- France: the 13 metropolitan regions of 2016 and the 5 overseas regions --------------------
FR_MERGED = "!region since 2016, dissolved from the departments of its former regions"
FR = [
("FR-ARA","Auvergne-Rhône-Alpes","Auvergne-Rhône-Alpes","Auvergne-Rhone-Alpes","fips:FR98+FRB9"+FR_MERGED),
("FR-BFC","Bourgogne-Franche-Comté","Bourgogne-Franche-Comté","Burgundy-Franche-Comté|Bourgogne-Franche-Comte","fips:FRA1+FRA6"+FR_MERGED),
("FR-BRE","Brittany","Brittany","Bretagne|Brittany region","fips:FRA2"),
("FR-CVL","Centre-Val de Loire","","Centre-Val-de-Loire","fips:FRA3"),
("FR-20R","Collectivity of Corsica","","Corsica region|Corsican Collectivity","fips:FR14"),
("FR-GES","Grand Est","Grand Est","Grand-Est","fips:FR96+FRA4+FRB2"+FR_MERGED),
("FR-HDF","Hauts-de-France","Hauts-de-France","Hauts de France","fips:FRB4+FRB6"+FR_MERGED),
("FR-IDF","Île-de-France","Île-de-France","Ile-de-France|Paris region|Île-de-France region","fips:FRA8"),
("FR-NOR","Normandy","","Normandie|Normandy region","fips:FR99+FRA7"+FR_MERGED),
("FR-NAQ","Nouvelle-Aquitaine","Nouvelle-Aquitaine","New Aquitaine|Nouvelle Aquitaine","fips:FR97+FRB1+FRB7"+FR_MERGED),
("FR-OCC","Occitania","Occitania","Occitanie","fips:FRA9+FRB3"+FR_MERGED),
("FR-PDL","Pays de la Loire","Pays de la Loire","Pays-de-la-Loire","fips:FRA5"),
("FR-PAC","Provence-Alpes-Côte d'Azur","Provence-Alpes-Côte d'Azur","Provence-Alpes-Cote d'Azur|Région Sud","fips:FRB8"),
("FR-GP","Guadeloupe","Guadeloupe","","q:Guadeloupe"),
("FR-MQ","Martinique","Martinique","","q:Martinique"),
("FR-GF","French Guiana","French Guiana","Guyane","q:Guyane française"),
("FR-RE","Réunion","Réunion","La Réunion|Reunion Island|Réunion Island","q:La Réunion"),
("FR-YT","Mayotte","Mayotte","","q:Mayotte"),
]

# -- Philippines: the 17 regions (ISO 3166-2 first level), dissolved from NE's provinces and cities
NCR_UNITS = ("Caloocan+Las Pinas+Makati+Malabon+Mandaluyong City+Manila+Marikina+Muntinlupa+Navotas+Paranaque+"
             "Pasay+Pasig+Pateros+Quezon City+San Juan+Taguig+Valenzuela")
PH = [
("PH-00","Metro Manila","Metro Manila","National Capital Region|NCR","q:" + NCR_UNITS),
("PH-15","Cordillera Administrative Region","","Cordillera region","q:Abra+Apayao+Benguet+Baguio+Ifugao+Kalinga+Mountain Province"),
("PH-01","Ilocos Region","","Region I","q:Ilocos Norte+Ilocos Sur+La Union+Pangasinan+Dagupan"),
("PH-02","Cagayan Valley","Cagayan Valley","Region II","q:Batanes+Cagayan+Isabela+Nueva Vizcaya+Quirino+Santiago"),
("PH-03","Central Luzon","Central Luzon","Region III","q:Aurora+Bataan+Bulacan+Nueva Ecija+Pampanga+Tarlac+Zambales+Angeles+Olongapo"),
("PH-40","Calabarzon","Calabarzon","CALABARZON|Region IV-A","q:Batangas+Cavite+Laguna+Quezon+Rizal+Lucena"),
("PH-41","Mimaropa","Mimaropa","MIMAROPA|Region IV-B","q:Marinduque+Mindoro Occidental+Mindoro Oriental+Palawan+Romblon+Puerto Princesa"),
("PH-05","Bicol Region","","Bicol|Region V","q:Albay+Camarines Norte+Camarines Sur+Catanduanes+Masbate+Sorsogon+Naga"),
("PH-06","Western Visayas","Western Visayas","Region VI","q:Aklan+Antique+Capiz+Guimaras+Iloilo~Province of Iloilo+Iloilo~Iloilo City!without Negros Occidental, in the Negros Island Region since 2024"),
("PH-07","Central Visayas","Central Visayas","Region VII","q:Bohol+Cebu~Province of Cebu+Cebu~Cebu City+Lapu-Lapu+Mandaue!without Negros Oriental and Siquijor, in the Negros Island Region since 2024"),
("PH-08","Eastern Visayas","Eastern Visayas","Region VIII","q:Biliran+Eastern Samar+Leyte+Northern Samar+Samar+Southern Leyte+Tacloban+Ormoc"),
("PH-09","Zamboanga Peninsula","","Region IX","q:Zamboanga del Norte+Zamboanga del Sur+Zamboanga Sibugay+Zamboanga"),
("PH-10","Northern Mindanao","Northern Mindanao","Region X","q:Bukidnon+Camiguin+Lanao del Norte+Misamis Occidental+Misamis Oriental+Cagayan de Oro+Iligan"),
("PH-11","Davao Region","","Region XI","q:Compostela Valley+Davao del Norte+Davao del Sur+Davao Oriental+Davao"),
("PH-12","Soccsksargen","Soccsksargen","SOCCSKSARGEN|Region XII","q:Cotabato~Province of North Cotabato+South Cotabato+Sarangani+Sultan Kudarat+General Santos"),
("PH-13","Caraga Region","","Region XIII","q:Agusan del Norte+Agusan del Sur+Surigao del Norte+Surigao del Sur+Butuan"),
("PH-14","Bangsamoro","Bangsamoro","Bangsamoro Autonomous Region in Muslim Mindanao|BARMM|Autonomous Region in Muslim Mindanao|ARMM","q:Basilan+Lanao del Sur+Maguindanao+Tawi-Tawi+Cotabato~Cotabato City!without Sulu, which the Supreme Court excluded in 2024"),
]

# -- Vietnam: the 34 provinces and municipalities since 1 July 2025, dissolved from the 63 before
# (National Assembly Resolution 202/2025/QH15); a merged unit keeps the code of the province
# whose name it kept.
VN_MERGED = "!since 2025 (Resolution 202/2025/QH15), dissolved from the provinces merged into it"
VN = [
("VN-HN","Hanoi Municipality","","Hà Nội Municipality","q:Ha Noi"),
("VN-26","Huế Municipality","","Thừa Thiên Huế|Thừa Thiên-Huế Province|Thừa Thiên Huế Province","q:Thừa Thiên - Huế"),
("VN-04","Cao Bằng Province","Cao Bằng","Cao Bang Province","q:Cao Bằng"),
("VN-01","Lai Châu Province","Lai Châu","Lai Chau Province","q:Lai Chau"),
("VN-71","Điện Biên Province","Điện Biên","Dien Bien Province","q:Điện Biên"),
("VN-09","Lạng Sơn Province","Lạng Sơn","Lang Son Province","q:Lạng Sơn"),
("VN-05","Sơn La Province","Sơn La","Son La Province","q:Son La"),
("VN-13","Quảng Ninh Province","Quảng Ninh","Quang Ninh Province","q:Quảng Ninh"),
("VN-21","Thanh Hóa Province","Thanh Hóa","Thanh Hoa Province","q:Thanh Hóa"),
("VN-22","Nghệ An Province","Nghệ An","Nghe An Province","q:Nghệ An"),
("VN-23","Hà Tĩnh Province","Hà Tĩnh","Ha Tinh Province","q:Ha Tinh"),
("VN-07","Tuyên Quang Province","Tuyên Quang","Tuyen Quang Province","q:Tuyên Quang+Hà Giang"+VN_MERGED),
("VN-02","Lào Cai Province","Lào Cai","Lao Cai Province","q:Lào Cai+Yên Bái"+VN_MERGED),
("VN-69","Thái Nguyên Province","Thái Nguyên","Thai Nguyen Province","q:Thái Nguyên+Đông Bắc"+VN_MERGED),
("VN-68","Phú Thọ Province","Phú Thọ","Phu Tho Province","q:Phú Thọ+Vĩnh Phúc+Hòa Bình"+VN_MERGED),
("VN-56","Bắc Ninh Province","Bắc Ninh","Bac Ninh Province","q:Bắc Ninh+Bắc Giang"+VN_MERGED),
("VN-66","Hưng Yên Province","Hưng Yên","Hung Yen Province","q:Đồng Bằng Sông Hồng+Thái Bình"+VN_MERGED),
("VN-HP","Haiphong Municipality","","Hải Phòng Municipality","q:Hải Phòng+Hải Dương"+VN_MERGED),
("VN-18","Ninh Bình Province","Ninh Bình","Ninh Binh Province","q:Ninh Bình+Hà Nam+Nam Định"+VN_MERGED),
("VN-25","Quảng Trị Province","Quảng Trị","Quang Tri Province","q:Quảng Trị+Quảng Bình"+VN_MERGED),
("VN-DN","Da Nang Municipality","","Đà Nẵng Municipality","q:Đà Nẵng+Quàng Nam"+VN_MERGED),
("VN-29","Quảng Ngãi Province","Quảng Ngãi","Quang Ngai Province","q:Quảng Ngãi+Kon Tum"+VN_MERGED),
("VN-30","Gia Lai Province","Gia Lai","","q:Gia Lai+Bình Định"+VN_MERGED),
("VN-33","Đắk Lắk Province","Đắk Lắk","Dak Lak Province|Daklak Province","q:Đắk Lắk+Phú Yên"+VN_MERGED),
("VN-34","Khánh Hòa Province","Khánh Hòa","Khanh Hoa Province","q:Khánh Hòa+Ninh Thuận"+VN_MERGED),
("VN-35","Lâm Đồng Province","Lâm Đồng","Lam Dong Province","q:Lâm Đồng+Đắk Nông+Bình Thuận"+VN_MERGED),
("VN-39","Đồng Nai Province","Đồng Nai","Dong Nai Province","q:Đông Nam Bộ+Bình Phước"+VN_MERGED),
("VN-SG","Ho Chi Minh City Municipality","","","q:Hồ Chí Minh city+Bình Dương+Bà Rịa - Vũng Tàu"+VN_MERGED),
("VN-37","Tây Ninh Province","Tây Ninh","Tay Ninh Province","q:Tây Ninh+Long An"+VN_MERGED),
("VN-45","Đồng Tháp Province","Đồng Tháp","Dong Thap Province","q:Ðong Tháp+Tiền Giang"+VN_MERGED),
("VN-44","An Giang Province","An Giang","","q:An Giang+Kiên Giang"+VN_MERGED),
("VN-49","Vĩnh Long Province","Vĩnh Long","Vinh Long Province","q:Vĩnh Long+Bến Tre+Trà Vinh"+VN_MERGED),
("VN-CT","Cần Thơ Municipality","","","q:Can Tho+Sóc Trăng+Hau Giang"+VN_MERGED),
("VN-59","Cà Mau Province","Cà Mau","Ca Mau Province","q:Cà Mau+Bạc Liêu"+VN_MERGED),
]

# -- Thailand: 76 provinces and Bangkok ----------------------------------------------------------
TH = rows("TH", "Province", [
("10","Bangkok","","q:Bangkok Metropolis","Bangkok Special Administrative Area"),
("37","Amnat Charoen","","q:Amnat Charoen"),("15","Ang Thong","","q:Ang Thong"),("38","Bueng Kan","","q:Bueng Kan"),
("31","Buriram","Buri Ram Province","q:Buri Ram"),("24","Chachoengsao","","q:Chachoengsao"),
("18","Chai Nat","Chainat Province","q:Chai Nat"),("36","Chaiyaphum","","q:Chaiyaphum"),("22","Chanthaburi","","q:Chanthaburi"),
("50","Chiang Mai","","q:Chiang Mai"),("57","Chiang Rai","","q:Chiang Rai"),("20","Chonburi","Chon Buri Province","q:Chon Buri"),
("86","Chumphon","","q:Chumphon"),("46","Kalasin","","q:Kalasin"),("62","Kamphaeng Phet","","q:Kamphaeng Phet"),
("71","Kanchanaburi","","q:Kanchanaburi"),("40","Khon Kaen","","q:Khon Kaen"),("81","Krabi","","q:Krabi"),
("52","Lampang","","q:Lampang"),("51","Lamphun","","q:Lamphun"),("42","Loei","","q:Loei"),("16","Lopburi","Lop Buri Province","q:Lop Buri"),
("58","Mae Hong Son","","q:Mae Hong Son"),("44","Maha Sarakham","","q:Maha Sarakham"),("49","Mukdahan","","q:Mukdahan"),
("26","Nakhon Nayok","","q:Nakhon Nayok"),("73","Nakhon Pathom","","q:Nakhon Pathom"),("48","Nakhon Phanom","","q:Nakhon Phanom"),
("30","Nakhon Ratchasima","","q:Nakhon Ratchasima"),("60","Nakhon Sawan","","q:Nakhon Sawan"),
("80","Nakhon Si Thammarat","","q:Nakhon Si Thammarat"),("55","Nan","","q:Nan"),("96","Narathiwat","","q:Narathiwat"),
("39","Nong Bua Lamphu","Nong Bua Lam Phu Province","q:Nong Bua Lam Phu"),("43","Nong Khai","","q:Nong Khai"),
("12","Nonthaburi","","q:Nonthaburi"),("13","Pathum Thani","","q:Pathum Thani"),("94","Pattani","","q:Pattani"),
("82","Phang Nga","Phangnga Province","q:Phangnga"),("93","Phatthalung","","q:Phatthalung"),("56","Phayao","","q:Phayao"),
("67","Phetchabun","","q:Phetchabun"),("76","Phetchaburi","","q:Phetchaburi"),("66","Phichit","","q:Phichit"),
("65","Phitsanulok","","q:Phitsanulok"),("14","Phra Nakhon Si Ayutthaya","Ayutthaya Province","q:Phra Nakhon Si Ayutthaya"),
("54","Phrae","","q:Phrae"),("83","Phuket","","q:Phuket"),("25","Prachinburi","Prachin Buri Province","q:Prachin Buri"),
("77","Prachuap Khiri Khan","","q:Prachuap Khiri Khan"),("85","Ranong","","q:Ranong"),("70","Ratchaburi","","q:Ratchaburi"),
("21","Rayong","","q:Rayong"),("45","Roi Et","","q:Roi Et"),("27","Sa Kaeo","","q:Sa Kaeo"),("47","Sakon Nakhon","","q:Sakon Nakhon"),
("11","Samut Prakan","","q:Samut Prakan"),("74","Samut Sakhon","","q:Samut Sakhon"),("75","Samut Songkhram","","q:Samut Songkhram"),
("19","Saraburi","","q:Saraburi"),("91","Satun","","q:Satun"),("33","Sisaket","Si Sa Ket Province","q:Si Sa Ket"),
("17","Sing Buri","","q:Sing Buri"),("90","Songkhla","","q:Songkhla"),("64","Sukhothai","","q:Sukhothai"),
("72","Suphan Buri","","q:Suphan Buri"),("84","Surat Thani","","q:Surat Thani"),("32","Surin","","q:Surin"),("63","Tak","","q:Tak"),
("92","Trang","","q:Trang"),("23","Trat","","q:Trat"),("34","Ubon Ratchathani","","q:Ubon Ratchathani"),
("41","Udon Thani","","q:Udon Thani"),("61","Uthai Thani","","q:Uthai Thani"),("53","Uttaradit","","q:Uttaradit"),
("95","Yala","","q:Yala"),("35","Yasothon","","q:Yasothon"),
])

# -- Turkey: 81 provinces ---------------------------------------------------------------------
TR = rows("TR", "Province", [
("01","Adana","","q:Adana"),("02","Adıyaman","","q:Adiyaman"),("03","Afyonkarahisar","","q:Afyonkarahisar"),("04","Ağrı","","q:Agri"),
("68","Aksaray","","q:Aksaray"),("05","Amasya","","q:Amasya"),("06","Ankara","","q:Ankara"),("07","Antalya","","q:Antalya"),
("75","Ardahan","","q:Ardahan"),("08","Artvin","","q:Artvin"),("09","Aydın","","q:Aydin"),("10","Balıkesir","","q:Balikesir"),
("74","Bartın","","q:Bartın"),("72","Batman","","q:Batman"),("69","Bayburt","","q:Bayburt"),("11","Bilecik","","q:Bilecik"),
("12","Bingöl","","q:Bingöl"),("13","Bitlis","","q:Bitlis"),("14","Bolu","","q:Bolu"),("15","Burdur","","q:Burdur"),
("16","Bursa","","q:Bursa"),("17","Çanakkale","","q:Çanakkale"),("18","Çankırı","","q:Çankiri"),("19","Çorum","","q:Çorum"),
("20","Denizli","","q:Denizli"),("21","Diyarbakır","","q:Diyarbakir"),("81","Düzce","","q:Düzce"),("22","Edirne","","q:Edirne"),
("23","Elazığ","","q:Elazig"),("24","Erzincan","","q:Erzincan"),("25","Erzurum","","q:Erzurum"),("26","Eskişehir","","q:Eskisehir"),
("27","Gaziantep","","q:Gaziantep"),("28","Giresun","","q:Giresun"),("29","Gümüşhane","","q:Gümüshane"),("30","Hakkâri","Hakkari Province","q:Hakkari"),
("31","Hatay","","q:Hatay"),("76","Iğdır","","q:Iğdir"),("32","Isparta","","q:Isparta"),("34","Istanbul","İstanbul Province","q:Istanbul"),
("35","İzmir","Izmir Province","q:Izmir"),("46","Kahramanmaraş","","q:K. Maras"),("78","Karabük","","q:Karabük"),("70","Karaman","","q:Karaman"),
("36","Kars","","q:Kars"),("37","Kastamonu","","q:Kastamonu"),("38","Kayseri","","q:Kayseri"),("71","Kırıkkale","","q:Kinkkale"),
("39","Kırklareli","","q:Kirklareli"),("40","Kırşehir","","q:Kirsehir"),("79","Kilis","","q:Kilis"),("41","Kocaeli","","q:Kocaeli"),
("42","Konya","","q:Konya"),("43","Kütahya","","q:Kütahya"),("44","Malatya","","q:Malatya"),("45","Manisa","","q:Manisa"),
("47","Mardin","","q:Mardin"),("33","Mersin","İçel Province","q:Mersin"),("48","Muğla","","q:Mugla"),("49","Muş","","q:Mus"),
("50","Nevşehir","","q:Nevsehir"),("51","Niğde","","q:Nigde"),("52","Ordu","","q:Ordu"),("80","Osmaniye","","q:Osmaniye"),
("53","Rize","","q:Rize"),("54","Sakarya","","q:Sakarya"),("55","Samsun","","q:Samsun"),("56","Siirt","","q:Siirt"),
("57","Sinop","","q:Sinop"),("58","Sivas","","q:Sivas"),("63","Şanlıurfa","","q:Sanliurfa"),("73","Şırnak","","q:Sirnak"),
("59","Tekirdağ","","q:Tekirdag"),("60","Tokat","","q:Tokat"),("61","Trabzon","","q:Trabzon"),("62","Tunceli","","q:Tunceli"),
("64","Uşak","","q:Usak"),("65","Van","","q:Van"),("77","Yalova","","q:Yalova"),("66","Yozgat","","q:Yozgat"),
("67","Zonguldak","","q:Zinguldak"),
])

# -- Egypt: 27 governorates ---------------------------------------------------------------------
EG = rows("EG", "Governorate", [
("ALX","Alexandria","","q:Al Iskandariyah"),("ASN","Aswan","","q:Aswan"),("AST","Asyut","Assiut Governorate","q:Asyut"),
("BA","Red Sea","Red Sea Governorate","q:Al Bahr al Ahmar"),("BH","Beheira","","q:Al Buhayrah"),
("BNS","Beni Suef","","q:Bani Suwayf"),("C","Cairo","","q:Al Qahirah"),("DK","Dakahlia","","q:Ad Daqahliyah"),
("DT","Damietta","","q:Dumyat"),("FYM","Faiyum","Fayoum Governorate","q:Al Fayyum"),("GH","Gharbia","","q:Al Gharbiyah"),
("GZ","Giza","","q:Al Jizah"),("IS","Ismailia","","q:Al Isma`iliyah"),("JS","South Sinai","","q:Janub Sina'"),
("KB","Qalyubia","","q:Al Qalyubiyah"),("KFS","Kafr El Sheikh","Kafr el-Sheikh Governorate","q:Kafr ash Shaykh"),
("KN","Qena","","q:Qina"),("LX","Luxor","","q:Luxor"),("MN","Minya","","q:Al Minya"),("MNF","Monufia","Menoufia Governorate","q:Al Minufiyah"),
("MT","Matrouh","Marsa Matrouh Governorate","q:Matruh"),("PTS","Port Said","","q:Bur Sa`id"),("SHG","Sohag","","q:Suhaj"),
("SHR","Sharqia","Al Sharqia Governorate","q:Ash Sharqiyah"),("SIN","North Sinai","","q:Shamal Sina'"),
("SUZ","Suez","","q:As Suways"),("WAD","New Valley","","q:Al Wadi at Jadid"),
])

# -- Ghana: 16 regions since 2019; six kept NE 4.1.0's borders ----------------------------------
GH_NEW = "!region since 2019; Natural Earth 4.1.0 has the region it was split from"
GH = rows("GH", "Region", [
("AA","Greater Accra","","q:Greater Accra"),("AH","Ashanti","","q:Ashanti"),("CP","Central","","q:Central"),
("EP","Eastern","","q:Eastern"),("UE","Upper East","","q:Upper East"),("UW","Upper West","","q:Upper West"),
("AF","Ahafo","","pt:-2.5172,6.8036!point: its seat, Goaso (GeoNames 2300749)"),("BO","Bono","","pt:-2.3268,7.3399!point: its seat, Sunyani (GeoNames 2295021)"),("BE","Bono East","","pt:-1.9395,7.5905!point: its seat, Techiman (GeoNames 2294727)"),
("NP","Northern","","pt:-0.8393,9.4008!point: its seat, Tamale (GeoNames 2294877)"),("NE","North East","","pt:-0.3698,10.5273!point: its seat, Nalerigu (GeoNames 2297661)"),("SV","Savannah","","pt:-1.8188,9.0830!point: its seat, Damongo (GeoNames 2302002)"),
("TV","Volta","","pt:0.4713,6.6008!point: its seat, Ho (GeoNames 2300379)"),("OT","Oti","","pt:0.1795,8.0662!point: its seat, Dambai (GeoNames 2301424)"),
("WP","Western","","pt:-1.7577,4.9268!point: its seat, Sekondi-Takoradi (GeoNames 2295458)"),("WN","Western North","","pt:-2.4894,6.2058!point: its seat, Sefwi Wiawso (GeoNames 2294056)"),
])

# -- Côte d'Ivoire: 12 districts and 2 autonomous districts since 2011 (points) ---------------
CI = rows("CI", "District", [
("AB","Abidjan","","pt:-4.0017,5.3544!point: its seat, Abidjan (GeoNames 2293538)","Abidjan Autonomous District"),("YM","Yamoussoukro","","pt:-5.2767,6.8205!point: its seat, Yamoussoukro (GeoNames 2279755)","Yamoussoukro Autonomous District"),
("BS","Bas-Sassandra","","pt:-6.6363,4.7485!point: its seat, San-Pédro (GeoNames 2282006)"),("CM","Comoé","","pt:-3.4964,6.7297!point: its seat, Abengourou (GeoNames 2293549)"),("DN","Denguélé","","pt:-7.5643,9.5051!point: its seat, Odienné (GeoNames 2283016)"),
("GD","Gôh-Djiboua","Goh-Djiboua","pt:-5.9506,6.1319!point: its seat, Gagnoa (GeoNames 2288829)"),("LC","Lacs","","pt:-4.7052,6.6468!point: its seat, Dimbokro (GeoNames 2289983)"),("LG","Lagunes","","pt:-4.3769,5.3256!point: its seat, Dabou (GeoNames 2290582)"),
("MG","Montagnes","","pt:-7.5538,7.4125!point: its seat, Man (GeoNames 2284647)"),("SM","Sassandra-Marahoué","","pt:-6.4502,6.8773!point: its seat, Daloa (GeoNames 2290486)"),("SV","Savanes","","pt:-5.6296,9.4580!point: its seat, Korhogo (GeoNames 2286304)"),
("VB","Vallée du Bandama","Vallee du Bandama","pt:-5.0303,7.6939!point: its seat, Bouaké (GeoNames 2290956)"),("WR","Woroba","","pt:-6.6731,7.9611!point: its seat, Séguéla (GeoNames 2596934)"),("ZZ","Zanzan","","pt:-2.8000,8.0402!point: its seat, Bondoukou (GeoNames 2291136)"),
])

# -- Kenya: 47 counties since 2013 (points) -----------------------------------------------------
KE = rows("KE", "County", [
("01","Baringo","","pt:35.7430,0.4919!point: its seat, Kabarnet (GeoNames 195821)"),("02","Bomet","","pt:35.3416,-0.7813!point: its seat, Bomet (GeoNames 200308)"),("03","Bungoma","","pt:34.5605,0.5635!point: its seat, Bungoma (GeoNames 200067)"),
("04","Busia","","pt:34.1117,0.4601!point: its seat, Busia (GeoNames 199989)"),("05","Elgeyo-Marakwet","Elgeyo Marakwet County","pt:35.5081,0.6703!point: its seat, Iten (GeoNames 196185)"),("06","Embu","","pt:37.4574,-0.5399!point: its seat, Embu (GeoNames 198476)"),
("07","Garissa","","pt:39.6460,-0.4527!point: its seat, Garissa (GeoNames 197745)"),("08","Homa Bay","","pt:34.4571,-0.5273!point: its seat, Homa Bay (GeoNames 196742)"),("09","Isiolo","","pt:37.5822,0.3546!point: its seat, Isiolo (GeoNames 196231)"),
("10","Kajiado","","pt:36.7768,-1.8524!point: its seat, Kajiado (GeoNames 195298)"),("11","Kakamega","","pt:34.7523,0.2842!point: its seat, Kakamega (GeoNames 195272)"),("12","Kericho","","pt:35.2831,-0.3677!point: its seat, Kericho (GeoNames 192900)"),
("13","Kiambu","","pt:36.8356,-1.1714!point: its seat, Kiambu (GeoNames 192710)"),("14","Kilifi","","pt:39.8499,-3.6305!point: its seat, Kilifi (GeoNames 192067)"),("15","Kirinyaga","","pt:37.2803,-0.4989!point: its seat, Kerugoya (GeoNames 192859)"),
("16","Kisii","","pt:34.7667,-0.6817!point: its seat, Kisii (GeoNames 191299)"),("17","Kisumu","","pt:34.7617,-0.1022!point: its seat, Kisumu (GeoNames 191245)"),("18","Kitui","","pt:38.0106,-1.3670!point: its seat, Kitui (GeoNames 191038)"),
("19","Kwale","","pt:39.4521,-4.1738!point: its seat, Kwale (GeoNames 190108)"),("20","Laikipia","","pt:36.5381,0.2725!point: its seat, Rumuruti (GeoNames 180992)"),("21","Lamu","","pt:40.9020,-2.2717!point: its seat, Lamu (GeoNames 189741)"),
("22","Machakos","","pt:37.2652,-1.5223!point: its seat, Machakos (GeoNames 188492)"),("23","Makueni","","pt:37.6288,-1.7808!point: its seat, Wote (GeoNames 178077)"),("24","Mandera","","pt:41.8569,3.9373!point: its seat, Mandera (GeoNames 187896)"),
("25","Marsabit","","pt:37.9909,2.3347!point: its seat, Marsabit (GeoNames 187585)"),("26","Meru","","pt:37.6559,0.0463!point: its seat, Meru (GeoNames 186827)"),("27","Migori","","pt:34.4731,-1.0634!point: its seat, Migori (GeoNames 186731)"),
("28","Mombasa","","pt:39.6636,-4.0547!point: its seat, Mombasa (GeoNames 186301)"),("29","Murang'a","Muranga County","pt:37.1526,-0.7210!point: its seat, Murang'a (GeoNames 185579)"),
("30","Nairobi","Nairobi City County","pt:36.8167,-1.2833!point: its seat, Nairobi (GeoNames 184745)","Nairobi County"),
("31","Nakuru","","pt:36.0722,-0.3072!point: its seat, Nakuru (GeoNames 184622)"),("32","Nandi","","pt:35.1050,0.2039!point: its seat, Kapsabet (GeoNames 194038)"),("33","Narok","","pt:35.8711,-1.0808!point: its seat, Narok (GeoNames 184379)"),
("34","Nyamira","","pt:34.9358,-0.5633!point: its seat, Nyamira (GeoNames 182880)"),("35","Nyandarua","","pt:36.3792,-0.2709!point: its seat, Ol Kalou (GeoNames 7931933)"),("36","Nyeri","","pt:36.9476,-0.4201!point: its seat, Nyeri (GeoNames 182701)"),
("37","Samburu","","pt:36.6981,1.0967!point: its seat, Maralal (GeoNames 187725)"),("38","Siaya","","pt:34.2881,0.0607!point: its seat, Siaya (GeoNames 383388)"),("39","Taita-Taveta","Taita Taveta County","pt:38.3772,-3.5050!point: its seat, Mwatate (GeoNames 185014)"),
("40","Tana River","","pt:40.0334,-1.4826!point: its seat, Hola (GeoNames 196752)"),("41","Tharaka-Nithi","Tharaka Nithi County","pt:37.6459,-0.3332!point: its seat, Chuka (GeoNames 199284)"),
("42","Trans-Nzoia","Trans Nzoia County","pt:35.0062,1.0157!point: its seat, Kitale (GeoNames 191220)"),("43","Turkana","","pt:35.5964,3.1199!point: its seat, Lodwar (GeoNames 189280)"),
("44","Uasin Gishu","","pt:35.2699,0.5204!point: its seat, Eldoret (GeoNames 198629)"),("45","Vihiga","","pt:34.7214,0.0821!point: its seat, Mbale (GeoNames 187113)"),("46","Wajir","","pt:40.0573,1.7471!point: its seat, Wajir (GeoNames 178443)"),
("47","West Pokot","","pt:35.1119,1.2389!point: its seat, Kapenguria (GeoNames 194160)"),
])

# -- Tanzania: 31 regions (Songwe split from Mbeya in 2016) --------------------------------------
TZ = rows("TZ", "Region", [
("01","Arusha","","q:Arusha"),("02","Dar es Salaam","","q:Dar-Es-Salaam"),("03","Dodoma","","q:Dodoma"),("04","Iringa","","q:Iringa"),
("05","Kagera","","q:Kagera"),("06","Pemba North","Kaskazini Pemba","q:Kaskazini-Pemba"),("07","Unguja North","Zanzibar North Region|Kaskazini Unguja","q:Kaskazini-Unguja"),
("08","Kigoma","","q:Kigoma"),("09","Kilimanjaro","","q:Kilimanjaro"),("10","Pemba South","Kusini Pemba","q:Kusini-Pemba"),
("11","Unguja South","Zanzibar South Region|Zanzibar Central/South Region","q:Zanzibar South and Central"),("12","Lindi","","q:Lindi"),
("13","Mara","","q:Mara"),("14","Mbeya","","pt:33.4500,-8.9000!point: its seat, Mbeya (GeoNames 154380); without Songwe, split from it in 2016"),
("15","Unguja Urban West","Zanzibar Urban/West Region|Zanzibar West Region|Mjini Magharibi","q:Zanzibar West"),
("16","Morogoro","","q:Morogoro"),("17","Mtwara","","q:Mtwara"),("18","Mwanza","","q:Mwanza"),
("19","Pwani","Coast Region","q:Pwani"),("20","Rukwa","","q:Rukwa"),("21","Ruvuma","","q:Ruvuma"),("22","Shinyanga","","q:Shinyanga"),
("23","Singida","","q:Singida"),("24","Tabora","","q:Tabora"),("25","Tanga","","q:Tanga"),("26","Manyara","","q:Manyara"),
("27","Geita","","q:Geita"),("28","Katavi","","q:Katavi"),("29","Njombe","","q:Njombe"),("30","Simiyu","","q:Simiyu"),
("31","Songwe","","pt:32.9347,-9.1081!point: its seat, Vwawa (GeoNames 148942); region since 2016"),
])

# -- Mozambique: 10 provinces and the city of Maputo ----------------------------------------------
MZ = rows("MZ", "Province", [
("P","Cabo Delgado","","q:Cabo Delgado"),("G","Gaza","","q:Gaza"),("I","Inhambane","","q:Inhambane"),("B","Manica","","q:Manica"),
("L","Maputo","","q:Maputo~Maputo Province"),("MPM","Maputo","","q:Maputo~Cidade de Maputo","Maputo City Municipality"),
("N","Nampula","","q:Nampula"),("A","Niassa","","q:Niassa"),("S","Sofala","","q:Sofala"),("T","Tete","","q:Tete"),
("Q","Zambezia","Zambézia Province","q:Zambezia"),
])

# -- Angola: 18 provinces (ISO 3166-2; the 2024 law that made 21 is not in NE or the ISO list used)
AO = rows("AO", "Province", [
("BGO","Bengo","","q:Bengo"),("BGU","Benguela","","q:Benguela"),("BIE","Bié","","q:Bié"),("CAB","Cabinda","","q:Cabinda"),
("CCU","Cuando Cubango","Kuando Kubango Province","q:Cuando Cubango"),("CNO","Cuanza Norte","Kwanza Norte Province","q:Cuanza Norte"),
("CUS","Cuanza Sul","Kwanza Sul Province","q:Cuanza Sul"),("CNN","Cunene","","q:Cunene"),("HUA","Huambo","","q:Huambo"),
("HUI","Huíla","","q:Huíla"),("LUA","Luanda","","q:Luanda"),("LNO","Lunda Norte","","q:Lunda Norte"),("LSU","Lunda Sul","","q:Lunda Sul"),
("MAL","Malanje","","q:Malanje"),("MOX","Moxico","","q:Moxico"),("NAM","Namibe","","q:Namibe"),("UIG","Uíge","","q:Uíge"),
("ZAI","Zaire","","q:Zaire"),
])

# -- Senegal: 14 regions -----------------------------------------------------------------------------
SN = rows("SN", "Region", [
("DK","Dakar","","q:Dakar"),("DB","Diourbel","","q:Diourbel"),("FK","Fatick","","q:Fatick"),("KA","Kaffrine","","q:Kaffrine"),
("KL","Kaolack","","q:Kaolack"),("KE","Kédougou","","q:Kédougou"),("KD","Kolda","","q:Kolda"),("LG","Louga","","q:Louga"),
("MT","Matam","","q:Matam"),("SL","Saint-Louis","","q:Saint-Louis"),("SE","Sédhiou","","q:Sédhiou"),
("TC","Tambacounda","","q:Tambacounda"),("TH","Thiès","","q:Thiès"),("ZG","Ziguinchor","","q:Ziguinchor"),
])

# -- Cameroon: 10 regions --------------------------------------------------------------------------
CM = rows("CM", "Region", [
("AD","Adamawa","Adamaoua Region","q:Adamaoua"),("CE","Centre","","q:Centre"),("ES","East","Est Region","q:Est"),
("EN","Far North","Extrême-Nord Region","q:Extrême-Nord"),("LT","Littoral","","q:Littoral"),("NO","North","Nord Region","q:Nord"),
("NW","Northwest","North-West Region|North West Region","q:Nord-Ouest"),("OU","West","Ouest Region","q:Ouest"),
("SU","South","Sud Region","q:Sud"),("SW","Southwest","South-West Region|South West Region","q:Sud-Ouest"),
])

# -- Colombia: 32 departments and Bogotá -------------------------------------------------------------
CO = rows("CO", "Department", [
("DC","Bogotá","Bogotá Capital District|Distrito Capital de Bogotá","q:Bogota","Bogotá D.C."),
("AMA","Amazonas","","q:Amazonas"),("ANT","Antioquia","","q:Antioquia"),("ARA","Arauca","","q:Arauca"),("ATL","Atlántico","","q:Atlántico"),
("BOL","Bolívar","","q:Bolívar"),("BOY","Boyacá","","q:Boyacá"),("CAL","Caldas","","q:Caldas"),("CAQ","Caquetá","","q:Caquetá"),
("CAS","Casanare","","q:Casanare"),("CAU","Cauca","","q:Cauca"),("CES","Cesar","","q:Cesar"),("CHO","Chocó","","q:Chocó"),
("COR","Córdoba","","q:Córdoba"),("CUN","Cundinamarca","","q:Cundinamarca"),("GUA","Guainía","","q:Guainía"),
("GUV","Guaviare","","q:Guaviare"),("HUI","Huila","","q:Huila"),("LAG","La Guajira","","q:La Guajira"),("MAG","Magdalena","","q:Magdalena"),
("MET","Meta","","q:Meta"),("NAR","Nariño","","q:Nariño"),("NSA","Norte de Santander","","q:Norte de Santander"),
("PUT","Putumayo","","q:Putumayo"),("QUI","Quindío","","q:Quindío"),("RIS","Risaralda","","q:Risaralda"),
("SAP","San Andrés and Providencia","San Andrés, Providencia and Santa Catalina|San Andrés y Providencia","q:San Andrés y Providencia","Archipelago of San Andrés, Providencia and Santa Catalina"),
("SAN","Santander","","q:Santander"),("SUC","Sucre","","q:Sucre"),("TOL","Tolima","","q:Tolima"),("VAC","Valle del Cauca","","q:Valle del Cauca"),
("VAU","Vaupés","","q:Vaupés"),("VID","Vichada","","q:Vichada"),
])

# -- Peru: 24 regions (departments), Callao and the province of Lima -----------------------------------
PE = rows("PE", "Region", [
("AMA","Amazonas","Amazonas Department","q:Amazonas"),("ANC","Áncash","Ancash Department","q:Áncash"),("APU","Apurímac","Apurímac Department","q:Apurímac"),
("ARE","Arequipa","Arequipa Department","q:Arequipa"),("AYA","Ayacucho","Ayacucho Department","q:Ayacucho"),("CAJ","Cajamarca","Cajamarca Department","q:Cajamarca"),
("CAL","Callao","Constitutional Province of Callao|Callao Province","q:Callao"),("CUS","Cusco","Cusco Department|Cuzco Region","q:Cusco"),
("HUV","Huancavelica","Huancavelica Department","q:Huancavelica"),("HUC","Huánuco","Huánuco Department","q:Huánuco"),("ICA","Ica","Ica Department","q:Ica"),
("JUN","Junín","Junín Department","q:Junín"),("LAL","La Libertad","La Libertad Department","q:La Libertad"),
("LAM","Lambayeque","Lambayeque Department","q:Lambayeque"),("LIM","Lima","Lima Department","q:Lima"),
("LMA","Lima","","q:Lima Province","Lima Province"),
("LOR","Loreto","Loreto Department","q:Loreto"),("MDD","Madre de Dios","Madre de Dios Department","q:Madre de Dios"),
("MOQ","Moquegua","Moquegua Department","q:Moquegua"),("PAS","Pasco","Pasco Department","q:Pasco"),("PIU","Piura","Piura Department","q:Piura"),
("PUN","Puno","Puno Department","q:Puno"),("SAM","San Martín","San Martín Department","q:San Martín"),("TAC","Tacna","Tacna Department","q:Tacna"),
("TUM","Tumbes","Tumbes Department","q:Tumbes"),("UCA","Ucayali","Ucayali Department","q:Ucayali"),
])

# -- Ecuador: 24 provinces -------------------------------------------------------------------------------
EC = rows("EC", "Province", [
("A","Azuay","","q:Azuay"),("B","Bolívar","","q:Bolivar"),("F","Cañar","","q:Cañar"),("C","Carchi","","q:Carchi"),
("H","Chimborazo","","q:Chimborazo"),("X","Cotopaxi","","q:Cotopaxi"),("O","El Oro","","q:El Oro"),("E","Esmeraldas","","q:Esmeraldas"),
("W","Galápagos","","q:Galápagos"),("G","Guayas","","q:Guayas"),("I","Imbabura","","q:Imbabura"),("L","Loja","","q:Loja"),
("R","Los Ríos","","q:Los Rios"),("M","Manabí","","q:Manabi"),("S","Morona Santiago","","q:Morona Santiago"),
# NE 4.1.0 swaps the names of Napo and Tungurahua (its woe_label and gn_name say which is which)
("N","Napo","","q:Tungurahua"),("T","Tungurahua","","q:Napo"),
("D","Orellana","","q:Orellana"),("Y","Pastaza","","q:Pastaza"),("P","Pichincha","","q:Pichincha"),("SE","Santa Elena","","q:Santa Elena"),
("SD","Santo Domingo de los Tsáchilas","","q:Santo Domingo de los Tsáchilas"),("U","Sucumbíos","","q:Sucumbios"),
("Z","Zamora Chinchipe","","q:Zamora Chinchipe"),
])

# -- Venezuela: 23 states, the Capital District and the Federal Dependencies ---------------------------
VE = rows("VE", "State", [
("A","Caracas","Capital District of Venezuela","q:Distrito Capital","Distrito Capital"),
("Z","Amazonas","","q:Amazonas"),("B","Anzoátegui","","q:Anzoátegui"),("C","Apure","","q:Apure"),("D","Aragua","","q:Aragua"),
("E","Barinas","","q:Barinas"),("F","Bolívar","","q:Bolívar"),("G","Carabobo","","q:Carabobo"),("H","Cojedes","","q:Cojedes"),
("Y","Delta Amacuro","","q:Delta Amacuro"),("W","Federal Dependencies","Dependencias Federales","q:Dependencias Federales","Federal Dependencies of Venezuela"),
("I","Falcón","","q:Falcón"),("J","Guárico","","q:Guárico"),("X","La Guaira","Vargas State","q:Vargas"),("K","Lara","","q:Lara"),
("L","Mérida","","q:Mérida"),("M","Miranda","","q:Miranda"),("N","Monagas","","q:Monagas"),("O","Nueva Esparta","","q:Nueva Esparta"),
("P","Portuguesa","","q:Portuguesa"),("R","Sucre","","q:Sucre"),("S","Táchira","","q:Táchira"),("T","Trujillo","","q:Trujillo"),
("U","Yaracuy","","q:Yaracuy"),("V","Zulia","","q:Zulia"),
])

# -- Panama: 10 provinces and 3 indigenous comarcas ------------------------------------------------------
PA = rows("PA", "Province", [
("1","Bocas del Toro","","q:Bocas del Toro"),("2","Coclé","","q:Coclé"),("3","Colón","","q:Colón"),("4","Chiriquí","","q:Chiriquí"),
("5","Darién","","q:Darién"),("6","Herrera","","q:Herrera"),("7","Los Santos","","q:Los Santos"),
("8","Panamá","Panama Province","pt:-79.5197,8.9936!point: its seat, Panama City (GeoNames 3703443); without Panamá Oeste, split from it in 2014"),
("10","Panamá Oeste","Panama Oeste Province|West Panamá Province","pt:-79.7801,8.8776!point: its seat, La Chorrera (GeoNames 3707961); province since 2014"),
("9","Veraguas","","q:Veraguas"),
("EM","Emberá-Wounaan","Emberá Comarca|Embera-Wounaan","q:Emberá","Emberá-Wounaan Comarca"),
("KY","Guna Yala","Kuna Yala|San Blas Comarca","q:Kuna Yala","Guna Yala Comarca"),
("NB","Ngäbe-Buglé","Ngöbe-Buglé|Ngobe-Bugle Comarca","q:Ngöbe Buglé","Ngäbe-Buglé Comarca"),
])

# -- Papua New Guinea: 20 provinces, Bougainville and the National Capital District -------------------
PG_SPLIT = "!without {}, split from it in 2012"
PG = rows("PG", "Province", [
("CPM","Central","","q:Central"),("CPK","Chimbu","Simbu Province","q:Chimbu"),("EBR","East New Britain","","q:East New Britain"),
("ESW","East Sepik","","q:East Sepik"),("EHG","Eastern Highlands","","q:Eastern Highlands"),("EPW","Enga","","q:Enga"),
("GPK","Gulf","","q:Gulf"),("MPM","Madang","","q:Madang"),("MRL","Manus","","q:Manus"),("MBA","Milne Bay","","q:Milne Bay"),
("MPL","Morobe","","q:Morobe"),("NCD","Port Moresby","","q:National Capital District","National Capital District"),
("NIK","New Ireland","","q:New Ireland"),("NPP","Northern","Oro Province","q:Northern"),
("NSB","Bougainville","Bougainville Autonomous Region|North Solomons Province","q:North Solomons","Autonomous Region of Bougainville"),
("SAN","Sandaun","West Sepik Province","q:Sandaun"),
("SHM","Southern Highlands","","pt:143.6563,-6.1475!point: its seat, Mendi (GeoNames 2090990)" + PG_SPLIT.format("Hela")),
("HLA","Hela","","pt:142.9467,-5.8450!point: its seat, Tari (GeoNames 2085772); province since 2012"),
("WBK","West New Britain","","q:West New Britain"),("WPD","Western","Fly River Province","q:Western"),
("WHM","Western Highlands","","pt:144.2306,-5.8575!point: its seat, Mount Hagen (GeoNames 2090409)" + PG_SPLIT.format("Jiwaka")),
("JWK","Jiwaka","","pt:144.6500,-5.8333!province since 2012"),
])

# -- Poland: 16 voivodeships ------------------------------------------------------------------------------
PL = rows("PL", "Voivodeship", [
("30","Greater Poland","Wielkopolska|Wielkopolskie","q:Greater Poland"),("04","Kuyavian-Pomeranian","Kujawsko-Pomorskie","q:Kuyavian-Pomeranian"),
("12","Lesser Poland","Małopolska|Malopolskie","q:Lesser Poland"),("02","Lower Silesian","Lower Silesia|Dolnośląskie","q:Lower Silesian"),
("06","Lublin","Lubelskie","q:Lublin"),("08","Lubusz","Lubuskie","q:Lubusz"),("14","Masovian","Mazovia|Mazowieckie","q:Masovian"),
("16","Opole","Opolskie","q:Opole"),("20","Podlaskie","Podlachia","q:Podlachian"),("22","Pomeranian","Pomorskie","q:Pomeranian"),
("24","Silesian","Śląskie|Slaskie","q:Silesian"),("18","Subcarpathian","Podkarpackie","q:Subcarpathian"),
("28","Warmian-Masurian","Warmia-Masuria|Warmińsko-Mazurskie","q:Warmian-Masurian"),("32","West Pomeranian","Zachodniopomorskie","q:West Pomeranian"),
("10","Łódź","Łódzkie|Lodzkie","q:Łódź"),("26","Świętokrzyskie","Holy Cross Voivodeship","q:Świętokrzyskie"),
])

# -- Netherlands: 12 provinces and the 3 special municipalities in the Caribbean ---------------------
NL = rows("NL", "Province", [
("DR","Drenthe","","q:Drenthe"),("FL","Flevoland","","q:Flevoland"),("FR","Friesland","Fryslân","q:Friesland"),("GE","Gelderland","","q:Gelderland"),
("GR","Groningen","","q:Groningen"),("LI","Limburg","","q:Limburg"),("NB","North Brabant","Noord-Brabant","q:Noord-Brabant"),
("NH","North Holland","Noord-Holland","q:Noord-Holland"),("OV","Overijssel","","q:Overijssel"),("UT","Utrecht","","q:Utrecht"),
("ZE","Zeeland","","q:Zeeland"),("ZH","South Holland","Zuid-Holland","q:Zuid-Holland"),
("BQ1","Bonaire","","q:Bonaire","Bonaire (special municipality)"),("BQ2","Saba","","q:Saba","Saba (special municipality)"),
("BQ3","Sint Eustatius","Statia","q:St. Eustatius","Sint Eustatius (special municipality)"),
])

# -- Belgium: 3 regions, dissolved from NE's provinces -------------------------------------------------
BE = [
("BE-BRU","Brussels-Capital Region","","Brussels Capital Region|Brussels region","q:Brussels"),
("BE-VLG","Flanders","Flanders","Flemish Region","q:Antwerp+East Flanders+Flemish Brabant+Limburg+West Flanders"),
("BE-WAL","Wallonia","Wallonia","Walloon Region","q:Hainaut+Liege+Luxembourg+Namur+Walloon Brabant"),
]

# -- Sweden: 21 counties ---------------------------------------------------------------------------------
SE = rows("SE", "County", [
("K","Blekinge","","q:Blekinge"),("W","Dalarna","","q:Dalarna"),("I","Gotland","","q:Gotland"),("X","Gävleborg","","q:Gävleborg"),
("N","Halland","","q:Halland"),("Z","Jämtland","","q:Jämtland"),("F","Jönköping","","q:Jönköping"),("H","Kalmar","","q:Kalmar"),
("G","Kronoberg","","q:Kronoberg"),("BD","Norrbotten","","q:Norrbotten"),("T","Örebro","","q:Orebro"),("M","Skåne","Scania","q:Skåne"),
("AB","Stockholm","","q:Stockholm"),("D","Södermanland","","q:Södermanland"),("C","Uppsala","","q:Uppsala"),("S","Värmland","","q:Värmland"),
("AC","Västerbotten","","q:Västerbotten"),("Y","Västernorrland","","q:Västernorrland"),("U","Västmanland","","q:Västmanland"),
("O","Västra Götaland","","q:Västra Götaland"),("E","Östergötland","","q:Östergötland"),
])

# -- Norway: 15 counties since 2024, dissolved from NE's 19 --------------------------------------------
NO_NOTE = "!county since 2024 (county number as code), dissolved from the counties of before 2018"
NO = rows("NO", "County", [
("03","Oslo","","q:Oslo"),("11","Rogaland","","q:Rogaland"),("15","Møre og Romsdal","More og Romsdal","q:Møre og Romsdal"),
("18","Nordland","","q:Nordland"),("31","Østfold","Ostfold","q:Østfold" + NO_NOTE),("32","Akershus","","q:Akershus" + NO_NOTE),
("33","Buskerud","","q:Buskerud" + NO_NOTE),("34","Innlandet","","q:Hedmark+Oppland" + NO_NOTE),("39","Vestfold","","q:Vestfold" + NO_NOTE),
("40","Telemark","","q:Telemark" + NO_NOTE),("42","Agder","","q:Aust-Agder+Vest-Agder" + NO_NOTE),
("46","Vestland","","q:Hordaland+Sogn og Fjordane" + NO_NOTE),("50","Trøndelag","Trondelag","q:Sør-Trøndelag+Nord-Trøndelag" + NO_NOTE),
("55","Troms","","q:Troms" + NO_NOTE),("56","Finnmark","","q:Finnmark" + NO_NOTE),
])

# -- Finland: 19 regions ---------------------------------------------------------------------------------
FI = rows("FI", "Region", [
("01","Åland","","pt:19.9348,60.0973!point: its seat, Mariehamn (GeoNames 3041732); NE 4.1.0 draws Åland as its own country","Åland"),
("02","South Karelia","Etelä-Karjala","q:South Karelia"),("03","South Ostrobothnia","Etelä-Pohjanmaa|Southern Ostrobothnia","q:Southern Ostrobothnia"),
("04","South Savo","Etelä-Savo|Southern Savonia","q:Southern Savonia"),("05","Kainuu","","q:Kainuu"),("06","Kanta-Häme","Tavastia Proper","q:Tavastia Proper"),
("07","Central Ostrobothnia","Keski-Pohjanmaa","q:Central Ostrobothnia"),("08","Central Finland","Keski-Suomi","q:Central Finland"),
("09","Kymenlaakso","","q:Kymenlaakso"),("10","Lapland","","q:Lapland"),("11","Pirkanmaa","","q:Pirkanmaa"),
("12","Ostrobothnia","Pohjanmaa","q:Ostrobothnia"),("13","North Karelia","Pohjois-Karjala","q:North Karelia"),
("14","North Ostrobothnia","Pohjois-Pohjanmaa|Northern Ostrobothnia","q:Northern Ostrobothnia"),("15","North Savo","Pohjois-Savo|Northern Savonia","q:Northern Savonia"),
("16","Päijät-Häme","Paijat-Hame","q:Päijät-Häme"),("17","Satakunta","","q:Satakunta"),("18","Uusimaa","","q:Uusimaa"),
("19","Southwest Finland","Varsinais-Suomi|Finland Proper","q:Finland Proper"),
])

# -- Denmark: 5 regions -----------------------------------------------------------------------------------
DK = [
("DK-84","Capital Region of Denmark","","Region Hovedstaden|Hovedstaden","q:Hovedstaden"),
("DK-82","Central Denmark Region","","Region Midtjylland|Midtjylland|Central Jutland","q:Midtjylland"),
("DK-81","North Denmark Region","","Region Nordjylland|Nordjylland|North Jutland","q:Nordjylland"),
("DK-85","Region Zealand","","Region Sjælland","q:Sjaælland"),
("DK-83","Region of Southern Denmark","","Region Syddanmark|Syddanmark|Southern Denmark","q:Syddanmark"),
]

# -- Greece: 13 regions and Mount Athos ------------------------------------------------------------------
GR = [
("GR-A","Eastern Macedonia and Thrace","","East Macedonia and Thrace","q:Anatoliki Makedonia kai Thraki"),
("GR-I","Attica","","Attica Region","q:Attiki"),
("GR-69","Mount Athos","","Athos|Agion Oros","q:Ayion Oros"),
("GR-G","Western Greece","","West Greece|Dytiki Ellada","q:Dytiki Ellada"),
("GR-C","Western Macedonia","","West Macedonia|Dytiki Makedonia","q:Dytiki Makedonia"),
("GR-F","Ionian Islands Region","","Ionian Islands region","q:Ionioi Nisoi"),
("GR-D","Epirus","","Epirus region|Ipeiros","q:Ipeiros"),
("GR-B","Central Macedonia","","Kentriki Makedonia","q:Kentriki Makedonia"),
("GR-M","Crete Region","","Region of Crete","q:Kriti"),
("GR-L","South Aegean","","South Aegean region|Notio Aigaio","q:Notio Aigaio"),
("GR-J","Peloponnese Region","","Peloponnisos region","q:Peloponnisos"),
("GR-H","Central Greece","","Sterea Ellada","q:Stereá Elláda"),
("GR-E","Thessaly","","Thessalia","q:Thessalia"),
("GR-K","North Aegean","","North Aegean region|Voreio Aigaio","q:Voreio Aigaio"),
]

# -- Portugal: 18 districts and the autonomous regions of the Azores and Madeira -----------------------
PT = rows("PT", "District", [
("01","Aveiro","","q:Aveiro"),("02","Beja","","q:Beja"),("03","Braga","","q:Braga"),("04","Bragança","","q:Bragança"),
("05","Castelo Branco","","q:Castelo Branco"),("06","Coimbra","","q:Coimbra"),("07","Évora","","q:Évora"),("08","Faro","","q:Faro"),
("09","Guarda","","q:Guarda"),("10","Leiria","","q:Leiria"),("11","Lisbon","Lisboa District","q:Lisboa"),("12","Portalegre","","q:Portalegre"),
("13","Porto","Oporto District","q:Porto"),("14","Santarém","","q:Santarém"),("15","Setúbal","","q:Setúbal"),
("16","Viana do Castelo","","q:Viana do Castelo"),("17","Vila Real","","q:Vila Real"),("18","Viseu","","q:Viseu"),
("20","Azores","Autonomous Region of the Azores","q:Azores","Azores Autonomous Region"),
("30","Madeira","Autonomous Region of Madeira","q:Madeira","Madeira Autonomous Region"),
])

# -- Iran: 31 provinces -----------------------------------------------------------------------------------
IR = rows("IR", "Province", [
("30","Alborz","","q:Alborz"),("24","Ardabil","","q:Ardebil"),("18","Bushehr","","q:Bushehr"),
("14","Chaharmahal and Bakhtiari","","q:Chahar Mahall and Bakhtiari"),("03","East Azerbaijan","","q:East Azarbaijan"),
("10","Isfahan","Esfahan Province","q:Esfahan"),("07","Fars","","q:Fars"),("01","Gilan","","q:Gilan"),("27","Golestan","","q:Golestan"),
("13","Hamadan","","q:Hamadan"),("22","Hormozgan","","q:Hormozgan"),("16","Ilam","","q:Ilam"),("08","Kerman","","q:Kerman"),
("05","Kermanshah","","q:Kermanshah"),("06","Khuzestan","","q:Khuzestan"),("17","Kohgiluyeh and Boyer-Ahmad","","q:Kohgiluyeh and Buyer Ahmad"),
("12","Kurdistan","Kordestan Province","q:Kordestan"),("15","Lorestan","","q:Lorestan"),("00","Markazi","","q:Markazi"),
("02","Mazandaran","","q:Mazandaran"),("28","North Khorasan","","q:North Khorasan"),("26","Qazvin","","q:Qazvin"),("25","Qom","","q:Qom"),
("09","Razavi Khorasan","Khorasan Razavi Province","q:Razavi Khorasan"),("20","Semnan","","q:Semnan"),
("11","Sistan and Baluchestan","Sistan-Baluchestan","q:Sistan and Baluchestan"),("29","South Khorasan","","q:South Khorasan"),
("23","Tehran","","q:Tehran"),("04","West Azerbaijan","","q:West Azarbaijan"),("21","Yazd","","q:Yazd"),("19","Zanjan","","q:Zanjan"),
])

# -- Iraq: 18 governorates --------------------------------------------------------------------------------
IQ = rows("IQ", "Governorate", [
("AN","Anbar","Al Anbar Governorate|Al-Anbar","q:Al-Anbar"),("BA","Basra","Basrah Governorate","q:Al-Basrah"),
("MU","Muthanna","Al Muthanna Governorate","q:Al-Muthannia"),("QA","Al-Qadisiyah","Qadisiyah Governorate|Diwaniyah Governorate","q:Al-Qādisiyyah"),
("NA","Najaf","","q:An-Najaf"),("AR","Erbil","Arbil Governorate","q:Arbil"),("SU","Sulaymaniyah","Sulaimaniyah Governorate","q:As-Sulaymaniyah"),
("KI","Kirkuk","","q:At-Ta'mim"),("BB","Babil","Babylon Governorate","q:Babil"),("BG","Baghdad","","q:Baghdad"),
("DQ","Dhi Qar","","q:Dhi-Qar"),("DA","Duhok","Dohuk Governorate|Dahuk Governorate","q:Dihok"),("DI","Diyala","","q:Diyala"),
("KA","Karbala","","q:Karbala'"),("MA","Maysan","","q:Maysan"),("NI","Nineveh","Ninawa Governorate","q:Ninawa"),
("SD","Saladin","Salah ad Din Governorate|Salahuddin Governorate","q:Sala ad-Din"),("WA","Wasit","","q:Wasit"),
])

# -- Oman: 11 governorates --------------------------------------------------------------------------------
OM = rows("OM", "Governorate", [
("DA","Ad Dakhiliyah","Ad Dakhiliyah|Dakhiliyah Governorate","q:Ad Dakhliyah"),("BS","North Al Batinah","Al Batinah North Governorate","q:Al Batnah North"),
("BJ","South Al Batinah","Al Batinah South Governorate","q:Al Batnah South"),("BU","Al Buraimi","Buraimi Governorate","q:Al Buraymi"),
("ZA","Ad Dhahirah","Al Dhahirah Governorate","q:Al Dhahira"),("WU","Al Wusta","","q:Al Wusta"),
("SS","North Al Sharqiyah","Ash Sharqiyah North Governorate","q:Ash Sharqiyah North"),("SJ","South Al Sharqiyah","Ash Sharqiyah South Governorate","q:Ash Sharqiyah South"),
("ZU","Dhofar","","q:Dhofar"),("MU","Musandam","","q:Musandam"),("MA","Muscat","","q:Muscat"),
])

# -- Yemen: 21 governorates and Amanat al-Asimah (Sanaa city) ------------------------------------------
YE = rows("YE", "Governorate", [
("AB","Abyan","","q:Abyan"),("AD","Aden","","q:`Adan"),("AM","Amran","","q:Amran"),("BA","Al Bayda","Al Bayda' Governorate","q:Al Bayda'"),
("DA","Al Dhale","Ad Dali' Governorate|Dhale Governorate","q:Al Dali'"),("DH","Dhamar","","q:Dhamar"),
("HD","Hadramaut","Hadramawt Governorate|Hadhramaut Governorate","q:Hadramawt!without Socotra, a governorate of its own since 2013"),
("HJ","Hajjah","","q:Hajjah"),("HU","Al Hudaydah","Hodeidah Governorate|Hudaydah Governorate","q:Al Hudaydah"),("IB","Ibb","","q:Ibb"),
("JA","Al Jawf","","q:Al Jawf"),("LA","Lahij","Lahj Governorate","q:Lahij"),("MA","Marib","Ma'rib Governorate","q:Ma'rib"),
("MR","Al Mahrah","Mahra Governorate","q:Al Mahrah"),("MW","Al Mahwit","","q:Al Mahwit"),("RA","Raymah","","q:Raymah"),
("SA","Amanat al-Asimah","Sanaa city|Amanat Al Asimah","q:Amanat Al Asimah","Amanat al-Asimah"),
("SD","Saada","Sa'dah Governorate","q:Sa`dah"),("SH","Shabwah","Shabwa Governorate","q:Shabwah"),("SN","Sanaa","Sana'a Governorate","q:Sana'a"),
("SU","Socotra","Socotra Archipelago Governorate","pt:54.0189,12.6488!point: its seat, Hadibu (GeoNames 75427); governorate since 2013"),("TA","Taiz","Ta'izz Governorate","q:Ta`izz"),
])

# -- Bangladesh: 8 divisions (Mymensingh split from Dhaka in 2015) ----------------------------------------
BD = rows("BD", "Division", [
("A","Barisal","Barishal Division","q:Barisal"),("B","Chittagong","Chattogram Division","q:Chittagong"),
("C","Dhaka","","pt:90.4074,23.7104!point: its seat, Dhaka (GeoNames 1185241); without Mymensingh, split from it in 2015"),("D","Khulna","","q:Khulna"),
("E","Rajshahi","","q:Rajshahi"),("F","Rangpur","","q:Rangpur"),("G","Sylhet","","q:Sylhet"),
("H","Mymensingh","","pt:90.4065,24.7564!point: its seat, Mymensingh (GeoNames 1185162); division since 2015"),
])

# -- Sri Lanka: 9 provinces, dissolved from NE's districts -----------------------------------------------
LK = rows("LK", "Province", [
("1","Western","","g:Colombo District+Gampaha District+Kalutara District"),
("2","Central","","g:Kandy District+Matale District+Nuwara Eliya District"),
("3","Southern","","g:Galle District+Matara District+Hambantota District"),
("4","Northern","","g:Jaffna District+Kilinochchi District+Mannar District+Vavuniya District+Mullaittivu District"),
("5","Eastern","","g:Trincomalee District+Batticaloa District+Ampara District"),
("6","North Western","North-Western Province","g:Kurunegala District+Puttalam District"),
("7","North Central","North-Central Province","g:Anuradhapura District+Polonnaruwa District"),
("8","Uva","","g:Badulla District+Monaragala District"),
("9","Sabaragamuwa","","g:Ratnapura District+Kegalla District"),
])

# -- Myanmar: 7 regions, 7 states and the Naypyidaw Union Territory --------------------------------------
MM = [
("MM-07","Ayeyarwady Region","Ayeyarwady","Irrawaddy Region|Ayeyarwady Division","q:Ayeyarwady"),
("MM-02","Bago Region","Bago","Pegu Region|Bago Division","q:Bago"),
("MM-14","Chin State","Chin","","q:Chin"),("MM-11","Kachin State","Kachin","","q:Kachin"),
("MM-12","Kayah State","Kayah","Karenni State","q:Kayah"),("MM-13","Kayin State","Kayin","Karen State","q:Kayin"),
("MM-03","Magway Region","Magway","Magwe Region|Magway Division","q:Magway"),
("MM-04","Mandalay Region","Mandalay","Mandalay Division","q:Mandalay!with Naypyidaw, a union territory of its own since 2008"),
("MM-15","Mon State","Mon","","q:Mon"),("MM-16","Rakhine State","Rakhine","Arakan State","q:Rakhine"),
("MM-01","Sagaing Region","Sagaing","Sagaing Division","q:Sagaing"),("MM-17","Shan State","Shan","","q:Shan"),
("MM-05","Tanintharyi Region","Tanintharyi","Tenasserim Region|Tanintharyi Division","q:Tanintharyi"),
("MM-06","Yangon Region","Yangon","Rangoon Region|Yangon Division","q:Yangon"),
("MM-18","Naypyidaw Union Territory","Naypyidaw","Nay Pyi Taw Union Territory","pt:96.1297,19.7450!point: its seat, Nay Pyi Taw (GeoNames 6611854); union territory since 2008"),
]

# -- Cambodia: 24 provinces and Phnom Penh ----------------------------------------------------------------
KH = rows("KH", "Province", [
("1","Banteay Meanchey","","q:Bântéay Méanchey"),("2","Battambang","","q:Batdâmbâng"),
("3","Kampong Cham","","pt:105.4635,11.9934!point: its seat, Kampong Cham (GeoNames 1831173); without Tbong Khmum, split from it in 2013"),
("4","Kampong Chhnang","","q:Kâmpóng Chhnang"),("5","Kampong Speu","","q:Kâmpóng Spœ"),("6","Kampong Thom","","q:Kâmpóng Thum"),
("7","Kampot","","q:Kâmpôt"),("8","Kandal","","q:Kândal"),("9","Koh Kong","","q:Kaôh Kong"),("10","Kratié","Kratie Province","q:Krâchéh"),
("11","Mondulkiri","","q:Môndól Kiri"),("12","Phnom Penh","","q:Phnom Penh","Phnom Penh Autonomous Municipality"),
("13","Preah Vihear","","q:Preah Vihéar"),("14","Prey Veng","","q:Prey Vêng"),("15","Pursat","","q:Pouthisat"),
("16","Ratanakiri","","q:Rôtânôkiri"),("17","Siem Reap","","q:Siemréab"),("18","Preah Sihanouk","Sihanoukville Province","q:Krong Preah Sihanouk"),
("19","Stung Treng","","q:Stœng Trêng"),("20","Svay Rieng","","q:Svay Rieng"),("21","Takéo","Takeo Province","q:Takêv"),
("22","Oddar Meanchey","","q:Otdar Mean Chey"),("23","Kep","","q:Kep"),("24","Pailin","","q:Krong Pailin"),
("25","Tbong Khmum","","pt:105.6582,11.9118!point: its seat, Suong (GeoNames 1822019); province since 2013"),
])

# -- Taiwan: 13 counties and 9 cities -----------------------------------------------------------------------
TW = rows("TW", "County", [
("CHA","Changhua","","q:Changhua"),("CYI","Chiayi","","q:Chiayi City","Chiayi Provincial City"),("CYQ","Chiayi","","q:Chiayi"),
("HSZ","Hsinchu","","q:Hsinchu City","Hsinchu Provincial City"),("HSQ","Hsinchu","","q:Hsinchu"),("HUA","Hualien","","q:Hualien"),
("ILA","Yilan","","q:Yilan"),("KEE","Keelung","","q:Keelung City","Keelung Provincial City"),("KHH","Kaohsiung","","q:Kaohsiung City","Kaohsiung Special Municipality"),
("KIN","Kinmen","","q:Kinmen"),("LIE","Lienchiang","","pt:119.9328,26.1504!point: its seat, Nangan (GeoNames 7552914); NE 4.1.0 has no shape for it"),
("MIA","Miaoli","","q:Miaoli"),("NAN","Nantou","","q:Nantou"),("NWT","New Taipei","","q:New Taipei City","New Taipei Special Municipality"),
("PEN","Penghu","","q:Penghu"),("PIF","Pingtung","","q:Pingtung"),("TAO","Taoyuan","","q:Taoyuan","Taoyuan Special Municipality"),
("TNN","Tainan","","q:Tainan City","Tainan Special Municipality"),("TPE","Taipei","","q:Taipei City","Taipei Special Municipality"),("TTT","Taitung","","q:Taitung"),
("TXG","Taichung","","q:Taichung City","Taichung Special Municipality"),("YUN","Yunlin","","q:Yunlin"),
])

# -- Morocco: 12 regions since 2015 (points; NE 4.1.0 has the 16 of 1997) ---------------------------------
MA_NEW = "!region since 2015; Natural Earth 4.1.0 has the regions of 1997"
MA = [
("MA-01","Tanger-Tétouan-Al Hoceïma","Tanger-Tétouan-Al Hoceïma","Tangier-Tetouan-Al Hoceima","pt:-5.7998,35.7673!point: its seat, Tangier (GeoNames 2530335)" + MA_NEW),
("MA-02","Oriental Region","","L'Oriental","pt:-1.9086,34.6814!point: its seat, Oujda (GeoNames 2540483)" + MA_NEW),
("MA-03","Fès-Meknès","Fès-Meknès","Fez-Meknes","pt:-5.0003,34.0331!point: its seat, Fes (GeoNames 2548885)" + MA_NEW),
("MA-04","Rabat-Salé-Kénitra","Rabat-Salé-Kénitra","Rabat-Sale-Kenitra","pt:-6.8326,34.0132!point: its seat, Rabat (GeoNames 2538475)" + MA_NEW),
("MA-05","Béni Mellal-Khénifra","Béni Mellal-Khénifra","Beni Mellal-Khenifra","pt:-6.3498,32.3372!point: its seat, Beni Mellal (GeoNames 2555745)" + MA_NEW),
("MA-06","Casablanca-Settat","Casablanca-Settat","","pt:-7.6114,33.5883!point: its seat, Casablanca (GeoNames 2553604)" + MA_NEW),
("MA-07","Marrakesh-Safi","Marrakesh-Safi","Marrakech-Safi","pt:-7.9999,31.6342!point: its seat, Marrakesh (GeoNames 2542997)" + MA_NEW),
("MA-08","Drâa-Tafilalet","Drâa-Tafilalet","Draa-Tafilalet","pt:-4.4266,31.9314!point: its seat, Errachidia (GeoNames 7280528)" + MA_NEW),
("MA-09","Souss-Massa","Souss-Massa","","pt:-9.5982,30.4202!point: its seat, Agadir (GeoNames 2561668)" + MA_NEW),
("MA-10","Guelmim-Oued Noun","Guelmim-Oued Noun","","pt:-10.0574,28.9870!point: its seat, Guelmim (GeoNames 2548526)" + MA_NEW),
("MA-11","Laâyoune-Sakia El Hamra","Laâyoune-Sakia El Hamra","Laayoune-Sakia El Hamra","pt:-13.1880,27.1418!point: its seat, Laayoune (GeoNames 2462881)" + MA_NEW),
("MA-12","Dakhla-Oued Ed-Dahab","Dakhla-Oued Ed-Dahab","Dakhla-Oued Ed Dahab","pt:-15.9580,23.6848!point: its seat, Dakhla (GeoNames 2463447)" + MA_NEW),
]

# -- Algeria: 48 provinces (wilayas) of ISO 3166-2 ---------------------------------------------------------
DZ = rows("DZ", "Province", [
("01","Adrar","","q:Adrar"),("44","Aïn Defla","","q:Aïn Defla"),("46","Aïn Témouchent","","q:Aïn Témouchent"),("16","Algiers","Alger Province","q:Alger"),
("23","Annaba","","q:Annaba"),("05","Batna","","q:Batna"),("08","Béchar","","q:Béchar"),("06","Béjaïa","","q:Béjaïa"),("07","Biskra","","q:Biskra"),
("09","Blida","","q:Blida"),("34","Bordj Bou Arréridj","","q:Bordj Bou Arréridj"),("10","Bouira","","q:Bouira"),("35","Boumerdès","","q:Boumerdès"),
("02","Chlef","","q:Chlef"),("25","Constantine","","q:Constantine"),("17","Djelfa","","q:Djelfa"),("32","El Bayadh","","q:El Bayadh"),
("39","El Oued","","q:El Oued"),("36","El Tarf","","q:El Tarf"),("47","Ghardaïa","","q:Ghardaïa"),("24","Guelma","","q:Guelma"),
("33","Illizi","","q:Illizi"),("18","Jijel","","q:Jijel"),("40","Khenchela","","q:Khenchela"),("03","Laghouat","","q:Laghouat"),
("28","M'Sila","","q:M'Sila"),("29","Mascara","","q:Mascara"),("26","Médéa","","q:Médéa"),("43","Mila","","q:Mila"),
("27","Mostaganem","","q:Mostaganem"),("45","Naâma","","q:Naâma"),("31","Oran","","q:Oran"),("30","Ouargla","","q:Ouargla"),
("04","Oum El Bouaghi","","q:Oum el Bouaghi"),("48","Relizane","","q:Relizane"),("20","Saïda","","q:Saïda"),("19","Sétif","","q:Sétif"),
("22","Sidi Bel Abbès","","q:Sidi Bel Abbès"),("21","Skikda","","q:Skikda"),("41","Souk Ahras","","q:Souk Ahras"),
("11","Tamanrasset","Tamanghasset Province","q:Tamanghasset"),("12","Tébessa","","q:Tébessa"),("14","Tiaret","","q:Tiaret"),
("37","Tindouf","","q:Tindouf"),("42","Tipaza","","q:Tipaza"),("38","Tissemsilt","","q:Tissemsilt"),("15","Tizi Ouzou","","q:Tizi Ouzou"),
("13","Tlemcen","","q:Tlemcen"),
])

# -- Tunisia: 24 governorates -----------------------------------------------------------------------------
TN = rows("TN", "Governorate", [
("12","Ariana","","pt:10.1934,36.8601!point: its seat, Ariana (GeoNames 2473247); NE 4.1.0 draws it with Manouba"),("13","Ben Arous","","q:Ben Arous (Tunis Sud)"),
("23","Bizerte","","q:Bizerte"),("31","Béja","","q:Béja"),("81","Gabès","","q:Gabès"),("71","Gafsa","","q:Gafsa"),
("32","Jendouba","","q:Jendouba"),("41","Kairouan","","q:Kairouan"),("42","Kasserine","","q:Kassérine"),("73","Kebili","","q:Kebili"),
("33","Kef","Le Kef Governorate","q:Le Kef"),("53","Mahdia","","q:Mahdia"),("14","Manouba","","pt:10.0956,36.8101!point: its seat, Manouba (GeoNames 2469274); NE 4.1.0 draws it with Ariana"),
("52","Monastir","","q:Monastir"),("82","Medenine","Médenine Governorate","q:Médenine"),("21","Nabeul","","q:Nabeul"),("61","Sfax","","q:Sfax"),
("43","Sidi Bouzid","","q:Sidi Bou Zid"),("34","Siliana","","q:Siliana"),("51","Sousse","","q:Sousse"),("83","Tataouine","","q:Tataouine"),
("72","Tozeur","","q:Tozeur"),("11","Tunis","","q:Tunis"),("22","Zaghouan","","q:Zaghouan"),
])

# -- Honduras: 18 departments; Guatemala: 22 departments (codes: ISO 3166-2 as Debian's iso-codes
# lists them); Zambia: 10 provinces (the Lobito corridor's copper) ------------------------------------
HN = rows("HN", "Department", [
("AT","Atlántida","","q:Atlántida"),("CH","Choluteca","","q:Choluteca"),("CL","Colón","","q:Colón"),
("CM","Comayagua","","q:Comayagua"),("CP","Copán","","q:Copán"),("CR","Cortés","","q:Cortés"),
("EP","El Paraíso","","q:El Paraíso"),("FM","Francisco Morazán","","q:Francisco Morazán"),
("GD","Gracias a Dios","","q:Gracias a Dios"),("IB","Islas de la Bahía","Bay Islands Department","q:Islas de la Bahía"),
("IN","Intibucá","","q:Intibucá"),("LE","Lempira","","q:Lempira"),("LP","La Paz","","q:La Paz"),
("OC","Ocotepeque","","q:Ocotepeque"),("OL","Olancho","","q:Olancho"),("SB","Santa Bárbara","","q:Santa Bárbara"),
("VA","Valle","","q:Valle"),("YO","Yoro","","q:Yoro"),
])
GT = rows("GT", "Department", [
("AV","Alta Verapaz","","q:Alta Verapaz"),("BV","Baja Verapaz","","q:Baja Verapaz"),("CM","Chimaltenango","","q:Chimaltenango"),
("CQ","Chiquimula","","q:Chiquimula"),("ES","Escuintla","","q:Escuintla"),("GU","Guatemala","","q:Guatemala"),
("HU","Huehuetenango","","q:Huehuetenango"),("IZ","Izabal","","q:Izabal"),("JA","Jalapa","","q:Jalapa"),
("JU","Jutiapa","","q:Jutiapa"),("PE","Petén","","q:Petén"),("PR","El Progreso","","q:El Progreso"),
("QC","Quiché","","q:Quiché"),("QZ","Quetzaltenango","","q:Quezaltenango"),("RE","Retalhuleu","","q:Retalhuleu"),
("SA","Sacatepéquez","","q:Sacatepéquez"),("SM","San Marcos","","q:San Marcos"),("SR","Santa Rosa","","q:Santa Rosa"),
("SO","Sololá","","q:Sololá"),("SU","Suchitepéquez","","q:Suchitepéquez"),("TO","Totonicapán","","q:Totonicapán"),
("ZA","Zacapa","","q:Zacapa"),
])
ZM = rows("ZM", "Province", [
("01","Western","","q:Western"),("02","Central","","q:Central"),("03","Eastern","","q:Eastern"),
("04","Luapula","","q:Luapula"),("05","Northern","","q:Northern"),("06","North-Western","","q:North-Western"),
("07","Southern","","q:Southern"),("08","Copperbelt","","q:Copperbelt"),("09","Lusaka","","q:Lusaka"),
("10","Muchinga","","q:Muchinga"),
])

# -- DR Congo: 26 provinces since 2015. Natural Earth 4.1.0 has the 11 of before: the shape where a
# province is unchanged (Kinshasa, Kongo Central = Bas-Congo renamed, Maniema, the Kivus), elsewhere
# a point at the province's seat ----------------------------------------------------------------------
CD_NEW = "; province since 2015, Natural Earth 4.1.0 has the province it was split from"
CD = rows("CD", "Province", [
("BC","","Kongo Central Province|Bas-Congo|Bas-Congo Province","q:Bas-Congo!Bas-Congo, renamed Kongo Central in 2015","Kongo Central"),
("BU","Bas-Uélé","Bas-Uele Province","pt:24.7300,2.7858!point: its seat, Buta (GeoNames 217570)" + CD_NEW),
("EQ","Équateur","Equateur Province","pt:18.2603,0.0486!point: its seat, Mbandaka (GeoNames 2312895)" + CD_NEW),
("HK","Haut-Katanga","","pt:27.4794,-11.6609!point: its seat, Lubumbashi (GeoNames 922704)" + CD_NEW),
("HL","Haut-Lomami","","pt:24.9980,-8.7351!point: its seat, Kamina (GeoNames 214614)" + CD_NEW),
("HU","Haut-Uélé","Haut-Uele Province","pt:27.6160,2.7739!point: its seat, Isiro (GeoNames 215771)" + CD_NEW),
("IT","Ituri","","pt:30.2522,1.5594!point: its seat, Bunia (GeoNames 217695)" + CD_NEW),
("KC","Kasaï-Central","Kasai-Central Province|Kasaï Central Province|Kasai Central Province","pt:22.4166,-5.8962!point: its seat, Kananga (GeoNames 214481)" + CD_NEW),
("KE","Kasaï-Oriental","Kasai-Oriental Province|Kasaï Oriental Province|Kasai Oriental Province","pt:23.5898,-6.1360!point: its seat, Mbuji-Mayi (GeoNames 209228)" + CD_NEW),
("KG","Kwango","","pt:17.0417,-4.8056!point: its seat, Kenge, at the coordinates of its Wikipedia page (GeoNames' Kenge 2314935 is a namesake in Kongo Central)" + CD_NEW),
("KL","Kwilu","","pt:17.3806,-3.3169!point: its seat, Bandundu (GeoNames 2317397)" + CD_NEW),
("KN","Kinshasa","","q:Kinshasa City","Kinshasa Province"),
("KS","Kasaï","Kasai Province","pt:20.7999,-6.4162!point: its seat, Tshikapa (GeoNames 204953)" + CD_NEW),
("LO","Lomami","","pt:24.4818,-6.1379!point: its seat, Kabinda (GeoNames 215527)" + CD_NEW),
("LU","Lualaba","","pt:25.4667,-10.7148!point: its seat, Kolwezi (GeoNames 922773)" + CD_NEW),
("MA","Maniema","","q:Maniema"),
("MN","Mai-Ndombe","Mai Ndombe Province","pt:18.2881,-1.9275!point: its seat, Inongo (GeoNames 2315417)" + CD_NEW),
("MO","Mongala","","pt:21.5167,2.1513!point: its seat, Lisala (GeoNames 211734)" + CD_NEW),
("NK","","North Kivu Province|Nord-Kivu|Nord-Kivu Province","q:Nord-Kivu","North Kivu"),
("NU","Nord-Ubangi","North Ubangi Province","pt:21.0028,4.2790!point: its seat, Gbadolite (GeoNames 216404)" + CD_NEW),
("SA","Sankuru","","pt:23.4439,-4.9750!point: its seat, Lusambo (GeoNames 210379)" + CD_NEW),
("SK","","South Kivu Province|Sud-Kivu|Sud-Kivu Province","q:Sud-Kivu","South Kivu"),
("SU","Sud-Ubangi","South Ubangi Province","pt:19.7723,3.2565!point: its seat, Gemena (GeoNames 2315728)" + CD_NEW),
("TA","Tanganyika","","pt:29.1947,-5.9475!point: its seat, Kalemie (GeoNames 214974)" + CD_NEW),
("TO","Tshopo","","pt:25.1910,0.5153!point: its seat, Kisangani (GeoNames 212730)" + CD_NEW),
("TU","Tshuapa","","pt:20.8805,-0.2816!point: its seat, Boende (GeoNames 218680)" + CD_NEW),
])

# -- Namibia: 14 regions since 2013 (Caprivi renamed Zambezi, Karas renamed ǁKaras, Kavango split) -----
NA_SPLIT = "; region since 2013, Natural Earth 4.1.0 has the Kavango Region it was split from"
NA = rows("NA", "Region", [
("CA","Zambezi","Caprivi Region","q:Caprivi!Caprivi, renamed Zambezi in 2013"),
("ER","Erongo","","q:Erongo"),("HA","Hardap","","q:Hardap"),
("KA","ǁKaras","Karas Region|//Karas Region|!Karas Region","q:Karas!Karas, renamed ǁKaras in 2013"),
("KE","Kavango East","","pt:19.7731,-17.9180!point: its seat, Rundu (GeoNames 3353383)" + NA_SPLIT),
("KW","Kavango West","","pt:18.6197,-17.6418!point: its seat, Nkurenkuru (GeoNames 3355137)" + NA_SPLIT),
("KH","Khomas","","q:Khomas"),("KU","Kunene","","q:Kunene"),("OD","Otjozondjupa","","q:Otjozondjupa"),
("OH","Omaheke","","q:Omaheke"),("ON","Oshana","","q:Oshana"),("OS","Omusati","","q:Omusati"),
("OT","Oshikoto","","q:Oshikoto"),("OW","Ohangwena","","q:Ohangwena"),
])

# -- Costa Rica: 7 provinces; Uruguay: 19 departments ------------------------------------------------------
CR = rows("CR", "Province", [
("A","Alajuela","","q:Alajuela"),("C","Cartago","","q:Cartago"),("G","Guanacaste","","q:Guanacaste"),
("H","Heredia","","q:Heredia"),("L","Limón","Limon Province","q:Limón"),("P","Puntarenas","","q:Puntarenas"),
("SJ","San José","San Jose Province","q:San José"),
])
UY = rows("UY", "Department", [
("AR","Artigas","","q:Artigas"),("CA","Canelones","","q:Canelones"),("CL","Cerro Largo","","q:Cerro Largo"),
("CO","Colonia","","q:Colonia"),("DU","Durazno","","q:Durazno"),("FD","Florida","","q:Florida"),
("FS","Flores","","q:Flores"),("LA","Lavalleja","","q:Lavalleja"),("MA","Maldonado","","q:Maldonado"),
("MO","Montevideo","","q:Montevideo"),("PA","Paysandú","Paysandu Department","q:Paysandú"),
("RN","Río Negro","Rio Negro Department","q:Río Negro"),("RO","Rocha","","q:Rocha"),("RV","Rivera","","q:Rivera"),
("SA","Salto","","q:Salto"),("SJ","San José","San Jose Department","q:San José"),("SO","Soriano","","q:Soriano"),
("TA","Tacuarembó","Tacuarembo Department","q:Tacuarembó"),("TT","Treinta y Tres","","q:Treinta y Tres"),
])

# -- Liberia: 15 counties; Gabon: 9 provinces; Republic of the Congo: 12 departments; Djibouti: 6 regions --
LR = rows("LR", "County", [
("BG","Bong","","q:Bong"),("BM","Bomi","","q:Bomi"),("CM","Grand Cape Mount","","q:Grand Cape Mount"),
("GB","Grand Bassa","","q:Grand Bassa"),("GG","Grand Gedeh","","q:Grand Gedeh"),("GK","Grand Kru","","q:Grand Kru"),
("GP","Gbarpolu","","q:Gbapolu"),("LO","Lofa","","q:Lofa"),("MG","Margibi","","q:Margibi"),
("MO","Montserrado","","q:Montserrado"),("MY","Maryland","","q:Maryland"),("NI","Nimba","","q:Nimba"),
("RG","River Gee","","q:River Gee"),("RI","River Cess","Rivercess County","q:River Cess"),("SI","Sinoe","","q:Sinoe"),
])
GA = rows("GA", "Province", [
("1","Estuaire","","q:Estuaire"),("2","Haut-Ogooué","Haut-Ogooue Province","q:Haut-Ogooué"),
("3","Moyen-Ogooué","Moyen-Ogooue Province","q:Moyen-Ogooué"),("4","Ngounié","Ngounie Province","q:Ngounié"),
("5","Nyanga","","q:Nyanga"),("6","Ogooué-Ivindo","Ogooue-Ivindo Province","q:Ogooué-Ivindo"),
("7","Ogooué-Lolo","Ogooue-Lolo Province","q:Ogooué-Lolo"),("8","Ogooué-Maritime","Ogooue-Maritime Province","q:Ogooué-Maritime"),
("9","Woleu-Ntem","","q:Wouleu-Ntem"),
])
CG = rows("CG", "Department", [
("11","Bouenza","","q:Bouenza"),("12","Pool","","q:Pool"),("13","Sangha","","q:Sangha"),("14","Plateaux","","q:Plateaux"),
("15","Cuvette-Ouest","","q:Cuvette-Ouest"),("16","Pointe-Noire","","q:Pointe Noire"),("2","Lékoumou","Lekoumou Department","q:Lékoumou"),
("5","Kouilou","","q:Kouilou"),("7","Likouala","","q:Likouala"),("8","Cuvette","","q:Cuvette"),("9","Niari","","q:Niari"),
("BZV","Brazzaville","","q:Brazzaville"),
])
DJ = rows("DJ", "Region", [
("AR","Arta","","q:Arta"),("AS","Ali Sabieh","","q:Ali Sabieh"),("DI","Dikhil","","q:Dikhil"),("DJ","Djibouti","","q:Djibouti"),
("OB","Obock","","q:Obock"),("TA","Tadjourah","Tadjoura Region","q:Tadjourah"),
])

# -- Jordan: 12 governorates; Syria: 14 governorates; Lebanon: 8 governorates (Akkar and Baalbek-Hermel
# since 2014, points, as are the North and Beqaa governorates they were split from) -------------------------
JO = rows("JO", "Governorate", [
("AJ","Ajloun","Ajlun Governorate","q:Ajlun"),("AM","Amman","","q:Amman"),("AQ","Aqaba","","q:Aqaba"),
("AT","Tafilah","Tafila Governorate","q:Tafilah"),("AZ","Zarqa","","q:Zarqa"),("BA","Balqa","","q:Balqa"),
("IR","Irbid","","q:Irbid"),("JA","Jerash","Jarash Governorate","q:Jarash"),("KA","Karak","Kerak Governorate","q:Karak"),
("MA","Mafraq","","q:Mafraq"),("MD","Madaba","","q:Madaba"),("MN","Ma'an","Maan Governorate","q:Ma`an"),
])
SY = rows("SY", "Governorate", [
("DI","Damascus","","q:Damascus"),("DR","Daraa","Deraa Governorate|Dara'a Governorate","q:Dar`a"),
("DY","Deir ez-Zor","Deir ez-Zor Governorate|Deir el-Zour Governorate|Deir Ezzor Governorate","q:Dayr Az Zawr"),
("HA","Al-Hasakah","Hasakah Governorate|Hasakeh Governorate","q:Hasaka (Al Haksa)"),("HI","Homs","","q:Homs (Hims)"),
("HL","Aleppo","","q:Aleppo"),("HM","Hama","","q:Hamah"),("ID","Idlib","","q:Idlib"),
("LA","Latakia","Lattakia Governorate","q:Lattakia"),("QU","Quneitra","","q:Quneitra"),("RA","Raqqa","Raqqah Governorate","q:Ar Raqqah"),
("RD","Rif Dimashq","Damascus Countryside Governorate","q:Rif Dimashq"),("SU","As-Suwayda","Suwayda Governorate|Sweida Governorate","q:As Suwayda'"),
("TA","Tartus","Tartous Governorate","q:Tartus"),
])
LB_SPLIT = "; without {}, split from it in 2014"
LB = rows("LB", "Governorate", [
("AK","Akkar","","pt:36.0797,34.5428!point: its seat, Halba (GeoNames 274723); governorate since 2014, Natural Earth 4.1.0 has it in the North Governorate"),
("AS","","North Lebanon Governorate","pt:35.8441,34.4335!point: its seat, Tripoli (GeoNames 266826)" + LB_SPLIT.format("Akkar"),"North Governorate"),
("BA","Beirut","","q:Beirut"),
("BH","Baalbek-Hermel","","pt:36.2181,34.0058!point: its seat, Baalbek (GeoNames 277130); governorate since 2014, Natural Earth 4.1.0 has it in the Beqaa Governorate"),
("BI","Beqaa","Bekaa Governorate","pt:35.9020,33.8468!point: its seat, Zahlé (GeoNames 266045)" + LB_SPLIT.format("Baalbek-Hermel")),
("JA","","South Lebanon Governorate","q:South Lebanon","South Governorate"),("JL","Mount Lebanon","","q:Mount Lebanon"),
("NA","Nabatieh","Nabatiyeh Governorate","q:An Nabatiyah"),
])

# -- Cuba: 15 provinces and the special municipality; Jamaica: 14 parishes; Haiti: 10 departments -----------
CU = rows("CU", "Province", [
("01","Pinar del Río","Pinar del Rio Province","q:Pinar del Río"),("03","Havana","La Habana Province","q:Ciudad de la Habana"),
("04","Matanzas","","q:Matanzas"),("05","Villa Clara","","q:Villa Clara"),("06","Cienfuegos","","q:Cienfuegos"),
("07","Sancti Spíritus","Sancti Spiritus Province","q:Sancti Spíritus"),("08","Ciego de Ávila","Ciego de Avila Province","q:Ciego de Ávila"),
("09","Camagüey","Camaguey Province","q:Camagüey"),("10","Las Tunas","","q:Las Tunas"),("11","Holguín","Holguin Province","q:Holguín"),
("12","Granma","","q:Granma"),("13","Santiago de Cuba","","q:Santiago de Cuba"),("14","Guantánamo","Guantanamo Province","q:Guantánamo"),
("15","Artemisa","","q:Artemisa"),("16","Mayabeque","","q:Mayabeque"),
("99","","Isle of Youth","q:Isla de la Juventud","Isla de la Juventud"),
])
JM = rows("JM", "Parish", [
("01","Kingston","","q:Kingston"),("02","Saint Andrew","St. Andrew Parish","q:Saint Andrew"),("03","Saint Thomas","St. Thomas Parish","q:Saint Thomas"),
("04","Portland","","q:Portland"),("05","Saint Mary","St. Mary Parish","q:Saint Mary"),("06","Saint Ann","St. Ann Parish","q:Saint Ann"),
("07","Trelawny","","q:Trelawny"),("08","Saint James","St. James Parish","q:Saint James"),("09","Hanover","","q:Hanover"),
("10","Westmoreland","","q:Westmoreland"),("11","Saint Elizabeth","St. Elizabeth Parish","q:Saint Elizabeth"),
("12","Manchester","","q:Manchester"),("13","Clarendon","","q:Clarendon"),("14","Saint Catherine","St. Catherine Parish","q:Saint Catherine"),
])
HT = rows("HT", "Department", [
("AR","Artibonite","","q:L'Artibonite"),("CE","Centre","","q:Centre"),("GA","Grand'Anse","Grande'Anse Department","q:Grand'Anse"),
("ND","Nord","","q:Nord"),("NE","Nord-Est","","q:Nord-Est"),("NI","Nippes","","q:Nippes"),("NO","Nord-Ouest","","q:Nord-Ouest"),
("OU","Ouest","","q:Ouest"),("SD","Sud","","q:Sud"),("SE","Sud-Est","","q:Sud-Est"),
])

# -- Central America: Nicaragua's 15 departments and 2 autonomous regions, El Salvador's 14 departments,
# Belize's 6 districts ----------------------------------------------------------------------------------
NI = rows("NI", "Department", [
("AN","","RACCN|Costa Caribe Norte|North Atlantic Autonomous Region|RAAN","q:Atlántico Norte!Atlántico Norte, renamed in 2014","North Caribbean Coast Autonomous Region"),
("AS","","RACCS|Costa Caribe Sur|South Atlantic Autonomous Region|RAAS","q:Atlántico Sur!Atlántico Sur, renamed in 2014","South Caribbean Coast Autonomous Region"),
("BO","Boaco","","q:Boaco"),("CA","Carazo","","q:Carazo"),("CI","Chinandega","","q:Chinandega"),("CO","Chontales","","q:Chontales"),
("ES","Estelí","Esteli Department","q:Estelí"),("GR","Granada","","q:Granada"),("JI","Jinotega","","q:Jinotega"),
("LE","León","Leon Department","q:León"),("MD","Madriz","","q:Madriz"),("MN","Managua","","q:Managua"),("MS","Masaya","","q:Masaya"),
("MT","Matagalpa","","q:Matagalpa"),("NS","Nueva Segovia","","q:Nueva Segovia"),("RI","Rivas","","q:Rivas"),
("SJ","Río San Juan","Rio San Juan Department","q:Rio San Juan"),
])
SV = rows("SV", "Department", [
("AH","Ahuachapán","Ahuachapan Department","q:Ahuachapán"),("CA","Cabañas","Cabanas Department","q:Cabañas"),
("CH","Chalatenango","","q:Chalatenango"),("CU","Cuscatlán","Cuscatlan Department","q:Cuscatlán"),("LI","La Libertad","","q:La Libertad"),
("MO","Morazán","Morazan Department","q:Morazán"),("PA","La Paz","","q:La Paz"),("SA","Santa Ana","","q:Santa Ana"),
("SM","San Miguel","","q:San Miguel"),("SO","Sonsonate","","q:Sonsonate"),("SS","San Salvador","","q:San Salvador"),
("SV","San Vicente","","q:San Vicente"),("UN","La Unión","La Union Department","q:La Unión"),("US","Usulután","Usulutan Department","q:Usulután"),
])
BZ = rows("BZ", "District", [
("BZ","Belize","","q:Belize"),("CY","Cayo","","q:Cayo"),("CZL","Corozal","","q:Corozal"),("OW","Orange Walk","","q:Orange Walk"),
("SC","Stann Creek","","q:Stann Creek"),("TOL","Toledo","","q:Toledo"),
])

# -- South America: Suriname's 10 districts, Bolivia's 9 and Paraguay's 17 departments and capital ----------
SR = rows("SR", "District", [
("BR","Brokopondo","","q:Brokopondo"),("CM","Commewijne","","q:Commewijne"),("CR","Coronie","","q:Coronie"),
("MA","Marowijne","","q:Marowijne"),("NI","Nickerie","","q:Nickerie"),("PM","Paramaribo","","q:Paramaribo"),("PR","Para","","q:Para"),
("SA","Saramacca","","q:Saramacca"),("SI","Sipaliwini","","q:Sipaliwini"),("WA","Wanica","","q:Wanica"),
])
BO = rows("BO", "Department", [
("B","Beni","El Beni Department","q:El Beni"),("C","Cochabamba","","q:Cochabamba"),("H","Chuquisaca","","q:Chuquisaca"),
("L","La Paz","","q:La Paz"),("N","Pando","","q:Pando"),("O","Oruro","","q:Oruro"),("P","Potosí","Potosi Department","q:Potosí"),
("S","Santa Cruz","","q:Santa Cruz"),("T","Tarija","","q:Tarija"),
])
PY = rows("PY", "Department", [
("1","Concepción","Concepcion Department","q:Concepción"),("10","Alto Paraná","Alto Parana Department","q:Alto Paraná"),
("11","Central","","q:Central"),("12","Ñeembucú","Neembucu Department","q:Ñeembucú"),("13","Amambay","","q:Amambay"),
("14","Canindeyú","Canindeyu Department","q:Canindeyú"),("15","Presidente Hayes","","q:Presidente Hayes"),
("16","Alto Paraguay","","q:Alto Paraguay"),("19","Boquerón","Boqueron Department","q:Boquerón"),("2","San Pedro","","q:San Pedro"),
("3","Cordillera","","q:Cordillera"),("4","Guairá","Guaira Department","q:Guairá"),("5","Caaguazú","Caaguazu Department","q:Caaguazú"),
("6","Caazapá","Caazapa Department","q:Caazapá"),("7","Itapúa","Itapua Department","q:Itapúa"),("8","Misiones","","q:Misiones"),
("9","Paraguarí","Paraguari Department","q:Paraguarí"),("ASU","Asunción","","q:Asunción","Asunción Capital District"),
])

# -- Romania: 41 counties and Bucharest; Bulgaria: 28 provinces; Croatia: 20 counties and Zagreb --------------
RO = rows("RO", "County", [
("AB","Alba","","q:Alba"),("AG","Argeș","Arges County","q:Arges"),("AR","Arad","","q:Arad"),("B","Bucharest","","q:Bucharest","Bucharest Municipality"),
("BC","Bacău","Bacau County","q:Bacau"),("BH","Bihor","","q:Bihor"),("BN","Bistrița-Năsăud","Bistrita-Nasaud County","q:Bistrita-Nasaud"),
("BR","Brăila","Braila County","q:Braila"),("BT","Botoșani","Botosani County","q:Botosani"),("BV","Brașov","Brasov County","q:Brasov"),
("BZ","Buzău","Buzau County","q:Buzau"),("CJ","Cluj","","q:Cluj"),("CL","Călărași","Calarasi County","q:Calarasi"),
("CS","Caraș-Severin","Caras-Severin County","q:Caras-Severin"),("CT","Constanța","Constanta County","q:Constanta"),
("CV","Covasna","","q:Covasna"),("DB","Dâmbovița","Dambovita County","q:Dâmbovita"),("DJ","Dolj","","q:Dolj"),("GJ","Gorj","","q:Gorj"),
("GL","Galați","Galati County","q:Galati"),("GR","Giurgiu","","q:Giurgiu"),("HD","Hunedoara","","q:Hunedoara"),("HR","Harghita","","q:Harghita"),
("IF","Ilfov","","q:Ilfov"),("IL","Ialomița","Ialomita County","q:Ialomita"),("IS","Iași","Iasi County","q:Iasi"),
("MH","Mehedinți","Mehedinti County","q:Mehedinti"),("MM","Maramureș","Maramures County","q:Maramures"),("MS","Mureș","Mures County","q:Mures"),
("NT","Neamț","Neamt County","q:Neamt"),("OT","Olt","","q:Olt"),("PH","Prahova","","q:Prahova"),("SB","Sibiu","","q:Sibiu"),
("SJ","Sălaj","Salaj County","q:Salaj"),("SM","Satu Mare","","q:Satu Mare"),("SV","Suceava","","q:Suceava"),("TL","Tulcea","","q:Tulcea"),
("TM","Timiș","Timis County","q:Timis"),("TR","Teleorman","","q:Teleorman"),("VL","Vâlcea","Valcea County","q:Vâlcea"),
("VN","Vrancea","","q:Vrancea"),("VS","Vaslui","","q:Vaslui"),
])
BG = rows("BG", "Province", [
("01","Blagoevgrad","","q:Blagoevgrad"),("02","Burgas","","q:Burgas"),("03","Varna","","q:Varna"),("04","Veliko Tarnovo","","q:Veliko Tarnovo"),
("05","Vidin","","q:Vidin"),("06","Vratsa","","q:Vratsa"),("07","Gabrovo","","q:Gabrovo"),("08","Dobrich","","q:Dobrich"),
("09","Kardzhali","","q:Kardzhali"),("10","Kyustendil","","q:Kyustendil"),("11","Lovech","","q:Lovech"),("12","Montana","","q:Montana"),
("13","Pazardzhik","","q:Pazardzhik"),("14","Pernik","","q:Pernik"),("15","Pleven","","q:Pleven"),("16","Plovdiv","","q:Plovdiv"),
("17","Razgrad","","q:Razgrad"),("18","Ruse","","q:Ruse"),("19","Silistra","","q:Silistra"),("20","Sliven","","q:Sliven"),
("21","Smolyan","","q:Smolyan"),("22","","","q:Grad Sofiya","Sofia City Province"),("23","Sofia","","q:Sofia"),("24","Stara Zagora","","q:Stara Zagora"),
("25","Targovishte","","q:Targovishte"),("26","Haskovo","","q:Haskovo"),("27","Shumen","","q:Shumen"),("28","Yambol","","q:Yambol"),
])
HR = rows("HR", "County", [
("01","Zagreb","","q:Zagrebacka"),("02","Krapina-Zagorje","","q:Krapinsko-Zagorska"),("03","Sisak-Moslavina","","q:Sisacko-Moslavacka"),
("04","Karlovac","","q:Karlovacka"),("05","Varaždin","Varazdin County","q:Varaždinska"),("06","Koprivnica-Križevci","Koprivnica-Krizevci County","q:Koprivničko-Križevačka"),
("07","Bjelovar-Bilogora","","q:Bjelovarsko-bilogorska"),("08","Primorje-Gorski Kotar","","q:Primorsko-Goranska"),
("09","Lika-Senj","","q:Licko-Senjska"),("10","Virovitica-Podravina","","q:Viroviticko-Podravska"),
("11","Požega-Slavonia","Pozega-Slavonia County","fips:HR11!the unit Natural Earth 4.1.0 names Brodsko-Posavska with the FIPS code of Požega-Slavonia"),
("12","Brod-Posavina","","fips:HR02"),("13","Zadar","","q:Zadarska"),("14","Osijek-Baranja","","q:Osjecko-Baranjska"),
("15","Šibenik-Knin","Sibenik-Knin County","q:Šibensko-Kninska"),("16","Vukovar-Srijem","Vukovar-Syrmia County","q:Vukovarsko-Srijemska"),
("17","Split-Dalmatia","","q:Splitsko-Dalmatinska"),("18","Istria","","q:Istarska"),("19","Dubrovnik-Neretva","","q:Dubrovacko-Neretvanska"),
("20","Međimurje","Medimurje County","q:Medimurska"),("21","","","q:Grad Zagreb","City of Zagreb"),
])

# -- Russia: the federal subjects table.py lacks (table.py's RU has the 21 of the coasts). ISO 3166-2:RU
# lists 83; the four Ukrainian regions Russia claims, and Crimea and Sevastopol, are Ukraine's here ------
RU = rows("RU", "Oblast", [
("AD","Adygea","Adygeya","q:Adygey","Republic of Adygea"),
("AL","","Gorno-Altai Republic","q:Gorno-Altay","Altai Republic"),
("ALT","","Altai region|Altay Krai","q:Altay","Altai Krai"),
("AMU","Amur","Amur region","q:Amur"),
("BA","Bashkortostan","Bashkiria","q:Bashkortostan","Republic of Bashkortostan"),
("BEL","Belgorod","Belgorod region","q:Belgorod"),
("BRY","Bryansk","Bryansk region","q:Bryansk"),
("BU","Buryatia","Buryatiya","q:Buryat","Republic of Buryatia"),
("CE","Chechnya","Chechen Republic of Ichkeria","q:Chechnya","Chechen Republic"),
("CHE","Chelyabinsk","Chelyabinsk region","q:Chelyabinsk"),
("CU","Chuvashia","Chuvash Republic","q:Chuvash","Chuvash Republic"),
("IN","Ingushetia","","q:Ingush","Republic of Ingushetia"),
("IRK","Irkutsk","Irkutsk region","q:Irkutsk"),
("IVA","Ivanovo","Ivanovo region","q:Ivanovo"),
("KB","Kabardino-Balkaria","","q:Kabardin-Balkar","Kabardino-Balkarian Republic"),
("KC","Karachay-Cherkessia","","q:Karachay-Cherkess","Karachay-Cherkess Republic"),
("KEM","Kemerovo","Kemerovo region","q:Kemerovo"),
("KGN","Kurgan","Kurgan region","q:Kurgan"),
("KHM","Khanty-Mansi","Khanty-Mansi Autonomous Okrug–Yugra|Yugra","q:Khanty-Mansiy","Khanty-Mansi Autonomous Okrug"),
("KIR","Kirov","Kirov region","q:Kirov"),
("KK","Khakassia","","q:Khakass","Republic of Khakassia"),
("KL","Kalmykia","","q:Kalmyk","Republic of Kalmykia"),
("KLU","Kaluga","Kaluga region","q:Kaluga"),
("KO","Komi","","q:Komi","Komi Republic"),
("KOS","Kostroma","Kostroma region","q:Kostroma"),
("KRS","Kursk","Kursk region","q:Kursk"),
("LIP","Lipetsk","Lipetsk region","q:Lipetsk"),
("ME","Mari El","","q:Mariy-El","Mari El Republic"),
("MO","Mordovia","","q:Mordovia","Republic of Mordovia"),
("MOW","","","q:Moskva","Federal City of Moscow"),
("NGR","Novgorod","Novgorod region","q:Novgorod"),
("NIZ","Nizhny Novgorod","Nizhny Novgorod region","q:Nizhegorod"),
("NVS","Novosibirsk","Novosibirsk region","q:Novosibirsk"),
("OMS","Omsk","Omsk region","q:Omsk"),
("ORE","Orenburg","Orenburg region","q:Orenburg"),
("ORL","Oryol","Oryol region|Orel Oblast|Orel region","q:Orel"),
("PER","Perm","Perm region","q:Perm'","Perm Krai"),
("PNZ","Penza","Penza region","q:Penza"),
("PSK","Pskov","Pskov region","q:Pskov"),
("RYA","Ryazan","Ryazan region","q:Ryazan'"),
("SAM","Samara","Samara region","q:Samara"),
("SAR","Saratov","Saratov region","q:Saratov"),
("SE","North Ossetia","North Ossetia–Alania|North Ossetia-Alania|Republic of North Ossetia-Alania","q:North Ossetia","Republic of North Ossetia–Alania"),
("SMO","Smolensk","Smolensk region","q:Smolensk"),
("SPE","","","q:City of St. Petersburg","Federal City of Saint Petersburg"),
("STA","Stavropol","Stavropol region","q:Stavropol'","Stavropol Krai"),
("SVE","Sverdlovsk","Sverdlovsk region","q:Sverdlovsk"),
("TA","Tatarstan","","q:Tatarstan","Republic of Tatarstan"),
("TAM","Tambov","Tambov region","q:Tambov"),
("TOM","Tomsk","Tomsk region","q:Tomsk"),
("TUL","Tula","Tula region","q:Tula"),
("TVE","Tver","Tver region","q:Tver'"),
("TY","Tuva","Tyva|Tyva Republic","q:Tuva","Tuva Republic"),
("TYU","Tyumen","Tyumen region","q:Tyumen'"),
("UD","Udmurtia","","q:Udmurt","Udmurt Republic"),
("ULY","Ulyanovsk","Ulyanovsk region","q:Ul'yanovsk"),
("VLA","Vladimir","Vladimir region","q:Vladimir"),
("VLG","Vologda","Vologda region","q:Vologda"),
("VOR","Voronezh","Voronezh region","q:Voronezh"),
("YAR","Yaroslavl","Yaroslavl region","q:Yaroslavl'"),
("YEV","","Jewish Autonomous Region","q:Yevrey","Jewish Autonomous Oblast"),
("ZAB","Zabaykalsky","Zabaykalsky region|Zabaikalsky Krai|Transbaikal Krai|Trans-Baikal Territory","q:Chita","Zabaykalsky Krai"),
])

# -- Philippines: the provinces (ISO 3166-2:PH's three-letter codes), beside the regions above. A
# province's shape includes the independent cities within it (Natural Earth draws them apart).
# Camiguin is left out: the gazetteer lacks its island, so "off Camiguin" in a story on the
# Philippines would read as the province (webmap.geoparse's named-country rule) ---------------
PH_HUC = "!with the independent cities within it"
PH_SPLIT = "; {}, Natural Earth 4.1.0 has the province of before"
PH_PROVINCES = rows("PH", "Province", [
("ABR","Abra","","q:Abra"),("AGN","Agusan del Norte","","q:Agusan del Norte+Butuan" + PH_HUC),
("AGS","Agusan del Sur","","q:Agusan del Sur"),("AKL","Aklan","","q:Aklan"),("ALB","Albay","","q:Albay"),
("ANT","Antique","","q:Antique"),("APA","Apayao","","q:Apayao"),("AUR","Aurora","","q:Aurora"),
("BAN","Bataan","","q:Bataan"),("BAS","Basilan","","q:Basilan"),("BEN","Benguet","","q:Benguet+Baguio" + PH_HUC),
("BIL","Biliran","","q:Biliran"),("BOH","Bohol","","q:Bohol"),("BTG","Batangas","","q:Batangas"),
("BTN","Batanes","","q:Batanes"),("BUK","Bukidnon","","q:Bukidnon"),("BUL","Bulacan","","q:Bulacan"),
("CAG","Cagayan","","q:Cagayan"),("CAN","Camarines Norte","","q:Camarines Norte"),
("CAP","Capiz","","q:Capiz"),("CAS","Camarines Sur","","q:Camarines Sur+Naga" + PH_HUC),
("CAT","Catanduanes","","q:Catanduanes"),("CAV","Cavite","","q:Cavite"),
("CEB","Cebu","","q:Cebu~Province of Cebu+Cebu~Cebu City+Lapu-Lapu+Mandaue" + PH_HUC),
("COM","Davao de Oro","Compostela Valley|Compostela Valley Province","q:Compostela Valley!Compostela Valley, renamed Davao de Oro in 2019"),
("DAO","Davao Oriental","","q:Davao Oriental"),
("DAS","Davao del Sur","","pt:125.3572,6.7497!point: its seat, Digos (GeoNames 1714956)" + PH_SPLIT.format("without Davao Occidental since 2013")),
("DAV","Davao del Norte","","q:Davao del Norte"),
("DIN","Dinagat Islands","","pt:125.5683,10.1800!point: its seat, San Jose (GeoNames 1689549)" + PH_SPLIT.format("province since 2006, split from Surigao del Norte")),
("DVO","Davao Occidental","","pt:125.6117,6.4150!point: its seat, Malita (GeoNames 1702649)" + PH_SPLIT.format("province since 2013, split from Davao del Sur")),
("EAS","Eastern Samar","","q:Eastern Samar"),("GUI","Guimaras","","q:Guimaras"),("IFU","Ifugao","","q:Ifugao"),
("ILI","Iloilo","","q:Iloilo~Province of Iloilo+Iloilo~Iloilo City" + PH_HUC),
("ILN","Ilocos Norte","","q:Ilocos Norte"),("ILS","Ilocos Sur","","q:Ilocos Sur"),
("ISA","Isabela","","q:Isabela+Santiago" + PH_HUC),("KAL","Kalinga","","q:Kalinga"),
("LAG","Laguna","","q:Laguna"),("LAN","Lanao del Norte","","q:Lanao del Norte+Iligan" + PH_HUC),
("LAS","Lanao del Sur","","q:Lanao del Sur"),("LEY","Leyte","","q:Leyte+Tacloban+Ormoc" + PH_HUC),
("LUN","La Union","","q:La Union"),("MAD","Marinduque","","q:Marinduque"),
("MDC","Occidental Mindoro","Mindoro Occidental","q:Mindoro Occidental"),
("MDR","Oriental Mindoro","Mindoro Oriental","q:Mindoro Oriental"),
("MGN","Maguindanao del Norte","","pt:124.2084,7.1699!point: its seat, Datu Odin Sinsuat (GeoNames 1714781, Dinaig)" + PH_SPLIT.format("province since 2022, split from Maguindanao")),
("MGS","Maguindanao del Sur","","pt:124.8019,6.7203!point: its seat, Buluan (GeoNames 1722818)" + PH_SPLIT.format("province since 2022, split from Maguindanao")),
("MAS","Masbate","","q:Masbate"),("MOU","","","q:Mountain Province","Mountain Province"),
("MSC","Misamis Occidental","","q:Misamis Occidental"),
("MSR","Misamis Oriental","","q:Misamis Oriental+Cagayan de Oro" + PH_HUC),
("NCO","Cotabato","North Cotabato|North Cotabato Province","q:Cotabato~Province of North Cotabato"),
("NEC","Negros Occidental","","q:Negros Occidental+Bacolod" + PH_HUC),
("NER","Negros Oriental","","q:Negros Oriental"),("NSA","Northern Samar","","q:Northern Samar"),
("NUE","Nueva Ecija","","q:Nueva Ecija"),("NUV","Nueva Vizcaya","","q:Nueva Vizcaya"),
("PAM","Pampanga","","q:Pampanga+Angeles" + PH_HUC),("PAN","Pangasinan","","q:Pangasinan+Dagupan" + PH_HUC),
("PLW","Palawan","","q:Palawan+Puerto Princesa" + PH_HUC),("QUE","Quezon","","q:Quezon+Lucena" + PH_HUC),
("QUI","Quirino","","q:Quirino"),("RIZ","Rizal","","q:Rizal"),("ROM","Romblon","","q:Romblon"),
("SAR","Sarangani","","q:Sarangani"),("SCO","South Cotabato","","q:South Cotabato+General Santos" + PH_HUC),
("SIG","Siquijor","","q:Siquijor"),("SLE","Southern Leyte","","q:Southern Leyte"),("SLU","Sulu","","q:Sulu"),
("SOR","Sorsogon","","q:Sorsogon"),("SUK","Sultan Kudarat","","q:Sultan Kudarat"),
("SUN","Surigao del Norte","","pt:125.4950,9.7890!point: its seat, Surigao (GeoNames 1685218)" + PH_SPLIT.format("without the Dinagat Islands since 2006")),
("SUR","Surigao del Sur","","q:Surigao del Sur"),("TAR","Tarlac","","q:Tarlac"),("TAW","Tawi-Tawi","","q:Tawi-Tawi"),
("WSA","Samar","Western Samar|Western Samar Province","q:Samar"),("ZAN","Zamboanga del Norte","","q:Zamboanga del Norte"),
("ZAS","Zamboanga del Sur","","q:Zamboanga del Sur+Zamboanga" + PH_HUC),("ZMB","Zambales","","q:Zambales+Olongapo" + PH_HUC),
("ZSI","Zamboanga Sibugay","","q:Zamboanga Sibugay"),
])

# -- Kazakhstan: 17 regions and 3 cities, with ISO 3166-2:KZ's numeric codes of 2022. Natural Earth 4.1.0
# has the 14 regions of before 2018: the shape where a region is unchanged, elsewhere a point at the seat
KZ_NEW = "; region since 2022, split from {}; Natural Earth 4.1.0 has the region of before"
KZ_LESS = "; without {} since {}, Natural Earth 4.1.0 has the region of before"
KZ = rows("KZ", "Region", [
("10","Abai","Abay Region","pt:80.2503,50.4206!point: its seat, Semey (GeoNames 1519422)" + KZ_NEW.format("East Kazakhstan")),
("11","Akmola","Aqmola Region","q:Aqmola"),
("15","Aktobe","Aqtobe Region|Aqtöbe Region","q:Aqtöbe"),
("19","Almaty","","pt:77.0630,43.8668!point: its seat, Konayev (GeoNames 1519948)" + KZ_LESS.format("Jetisu", 2022)),
("23","Atyrau","","q:Atyrau"),
("27","West Kazakhstan","","q:West Kazakhstan"),
("31","Jambyl","Zhambyl Region","q:Zhambyl"),
("33","Jetisu","Zhetysu Region|Zhetisu Region","pt:78.3739,45.0156!point: its seat, Taldykorgan (GeoNames 1518542)" + KZ_NEW.format("Almaty Region")),
("35","Karaganda","Qaraghandy Region|Karagandy Region","pt:73.1021,49.8019!point: its seat, Karagandy (GeoNames 609655)" + KZ_LESS.format("Ulytau", 2022)),
("39","Kostanay","Qostanay Region","q:Qostanay"),
("43","Kyzylorda","Qyzylorda Region","q:Qyzylorda"),
("47","Mangystau","Mangghystau|Mangghystau Region|Mangistau Region","q:Mangghystau"),
("55","Pavlodar","","q:Pavlodar"),
("59","North Kazakhstan","","q:North Kazakhstan"),
("61","Turkistan","Turkestan Region|South Kazakhstan Region","pt:68.2569,43.2946!point: its seat, Turkistan (GeoNames 1517945)" + KZ_LESS.format("Shymkent", 2018)),
("62","Ulytau","","pt:67.7063,47.7941!point: its seat, Zhezkazgan (GeoNames 1516589)" + KZ_NEW.format("Karaganda Region")),
("63","East Kazakhstan","","pt:82.6059,49.9714!point: its seat, Oskemen (GeoNames 1520316, Ust-Kamenogorsk)" + KZ_LESS.format("Abai", 2022)),
("71","","","q:Astana","City of Astana"),
("75","","","q:Almaty City","City of Almaty"),
("79","","","pt:69.6004,42.3099!point: the city, Shymkent (GeoNames 1518980); city of republican significance since 2018, Natural Earth 4.1.0 has it in South Kazakhstan Region","City of Shymkent"),
])

# -- Somalia: ISO 3166-2:SO's 18 regions. Natural Earth 4.1.0 draws the five in the northwest as
# Somaliland's: points at their seats. The federal member states (Puntland, Jubaland...) and
# Somaliland itself have no ISO code and are left out --------------------------------------------
SO_NW = "; Natural Earth 4.1.0 draws the region as Somaliland's"
SO = rows("SO", "Region", [
("AW","Awdal","","pt:43.1828,9.9361!point: its seat, Borama (GeoNames 64021)" + SO_NW),
("BK","Bakool","","q:Bakool"),("BN","Banadir","Banaadir|Benadir|Banaadir Region|Benadir Region","q:Banaadir"),
("BR","Bari","","q:Bari"),("BY","Bay","","q:Bay"),("GA","Galguduud","Galgaduud","q:Galguduud"),
("GE","Gedo","","q:Gedo"),("HI","Hiiraan","Hiran Region","q:Hiiraan"),
("JD","Middle Juba","Jubbada Dhexe","q:Jubbada Dhexe"),("JH","Lower Juba","Jubbada Hoose","q:Jubbada Hoose"),
("MU","Mudug","","q:Mudug"),("NU","Nugaal","Nugal|Nugal Region","q:Nugaal"),
("SA","Sanaag","","pt:47.3680,10.6162!point: its seat, Erigavo (GeoNames 62691, Ceerigaabo)" + SO_NW),
("SD","Middle Shabelle","Shabeellaha Dhexe","q:Shabeellaha Dhexe"),
("SH","Lower Shabelle","Shabeellaha Hoose","q:Shabeellaha Hoose"),
("SO","Sool","","pt:47.3597,8.4774!point: its seat, Las Anod (GeoNames 400769, Laascaanood)" + SO_NW),
("TO","Togdheer","","pt:45.5336,9.5221!point: its seat, Burao (GeoNames 63795)" + SO_NW),
("WO","Woqooyi Galbeed","Maroodi Jeex|Maroodi Jeex Region","pt:44.0650,9.5600!point: its seat, Hargeisa (GeoNames 57289, Hargeysa)" + SO_NW),
])

# -- Georgia: 9 regions (mkhare), 2 autonomous republics and Tbilisi ---------------------------------
GE = rows("GE", "Region", [
("AB","Abkhazia","Abkhazian Autonomous Republic","q:Abkhazia","Autonomous Republic of Abkhazia"),
("AJ","Adjara","Ajaria|Adjara Autonomous Republic|Autonomous Republic of Ajaria","q:Ajaria","Autonomous Republic of Adjara"),
("GU","Guria","","q:Guria"),("IM","Imereti","","q:Imereti"),("KA","Kakheti","","q:Kakheti"),
("KK","Kvemo Kartli","","q:Kvemo Kartli"),("MM","Mtskheta-Mtianeti","","q:Mtskheta-Mtianeti"),
("RL","Racha-Lechkhumi and Kvemo Svaneti","Racha-Lechkhumi-Kvemo Svaneti","q:Racha-Lechkhumi-Kvemo Svaneti"),
("SJ","Samtskhe-Javakheti","","q:Samtskhe-Javakheti"),("SK","Shida Kartli","","q:Shida Kartli"),
("SZ","Samegrelo-Zemo Svaneti","Samegrelo","q:Samegrelo-Zemo Svaneti"),
("TB","Tbilisi","","q:Tbilisi","City of Tbilisi"),
])

# -- Ireland: the 26 counties (ISO 3166-2:IE's provinces, Connacht, Leinster, Munster and Ulster, are
# not administrative and are left out); a county with its city councils, as Natural Earth draws them apart
IE_CITY = "!with the city and county councils within it"
IE = rows("IE", "County", [
("CE","Clare","","q:Clare","County Clare"),("CN","Cavan","","q:Cavan","County Cavan"),
("CO","Cork","","q:Cork~County Cork+Cork~Cork City" + IE_CITY,"County Cork"),
("CW","Carlow","","q:Carlow","County Carlow"),
("D","Dublin","","q:Dublin+Fingal+South Dublin+Dún Laoghaire–Rathdown" + IE_CITY,"County Dublin"),
("DL","Donegal","","q:Donegal","County Donegal"),
("G","Galway","","q:Galway~County Galway+Galway~Galway City" + IE_CITY,"County Galway"),
("KE","Kildare","","q:Kildare","County Kildare"),("KK","Kilkenny","","q:Kilkenny","County Kilkenny"),
("KY","Kerry","","q:Kerry","County Kerry"),("LD","Longford","","q:Longford","County Longford"),
("LH","Louth","","q:Louth","County Louth"),
("LK","Limerick","","q:Limerick~County Limerick+Limerick~Limerick City" + IE_CITY,"County Limerick"),
("LM","Leitrim","","q:Leitrim","County Leitrim"),("LS","Laois","County Laoighis","q:Laoighis","County Laois"),
("MH","Meath","","q:Meath","County Meath"),("MN","Monaghan","","q:Monaghan","County Monaghan"),
("MO","Mayo","","q:Mayo","County Mayo"),("OY","Offaly","","q:Offaly","County Offaly"),
("RN","Roscommon","","q:Roscommon","County Roscommon"),("SO","Sligo","","q:Sligo","County Sligo"),
("TA","Tipperary","","q:North Tipperary+South Tipperary!North and South Tipperary, one county since 2014","County Tipperary"),
("WD","Waterford","","q:Waterford~Waterford+Waterford~Waterford City" + IE_CITY,"County Waterford"),
("WH","Westmeath","","q:Westmeath","County Westmeath"),("WW","Wicklow","","q:Wicklow","County Wicklow"),
("WX","Wexford","","q:Wexford","County Wexford"),
])

# -- Dominican Republic: 31 provinces and the Distrito Nacional -------------------------------------
DO = rows("DO", "Province", [
("01","","National District|Distrito Nacional de Santo Domingo","q:Distrito Nacional","Distrito Nacional"),
("02","Azua","","q:Azua"),("03","Baoruco","Bahoruco Province","q:Bahoruco"),("04","Barahona","","q:Barahona"),
("05","Dajabón","Dajabon Province","q:Dajabón"),("06","Duarte","","q:Duarte"),
("07","Elías Piña","Elias Pina Province","q:La Estrelleta!La Estrelleta, the name Natural Earth 4.1.0 gives it"),
("08","El Seibo","El Seybo Province","q:El Seybo"),("09","Espaillat","","q:Espaillat"),
("10","Independencia","","q:Independencia"),("11","La Altagracia","","q:La Altagracia"),
("12","La Romana","","q:La Romana"),("13","La Vega","","q:La Vega"),
("14","María Trinidad Sánchez","Maria Trinidad Sanchez Province","q:María Trinidad Sánchez"),
("15","Monte Cristi","Montecristi Province","q:Monte Cristi"),("16","Pedernales","","q:Pedernales"),
("17","Peravia","","q:Peravia"),("18","Puerto Plata","","q:Puerto Plata"),
("19","Hermanas Mirabal","Salcedo Province","q:Hermanas"),("20","Samaná","Samana Province","q:Samaná"),
("21","San Cristóbal","San Cristobal Province","q:San Cristóbal"),("22","San Juan","","q:San Juan"),
("23","San Pedro de Macorís","San Pedro de Macoris Province","q:San Pedro de Macorís"),
("24","Sánchez Ramírez","Sanchez Ramirez Province","q:Sánchez Ramírez"),("25","Santiago","","q:Santiago"),
("26","Santiago Rodríguez","Santiago Rodriguez Province","q:Santiago Rodríguez"),("27","Valverde","","q:Valverde"),
("28","Monseñor Nouel","Monsenor Nouel Province","q:Monseñor Nouel"),("29","Monte Plata","","q:Monte Plata"),
("30","Hato Mayor","","q:Hato Mayor"),("31","San José de Ocoa","San Jose de Ocoa Province","q:San José de Ocoa"),
("32","Santo Domingo","","q:Santo Domingo"),
])

# -- Mauritania: 15 regions; Nouakchott split in three in 2014, points at their seats --------------
MR_SPLIT = "; region since 2014, Natural Earth 4.1.0 has the Nouakchott it was split from"
MR = rows("MR", "Region", [
("01","Hodh Ech Chargui","Hodh ech Chargui Region","q:Hodh ech Chargui"),
("02","Hodh El Gharbi","Hodh el Gharbi Region","q:Hodh el Gharbi"),
("03","Assaba","","q:Assaba"),("04","Gorgol","","q:Gorgol"),("05","Brakna","","q:Brakna"),
("06","Trarza","","q:Trarza"),("07","Adrar","","q:Adrar"),
("08","Dakhlet Nouadhibou","Dakhlet Nouâdhibou Region","q:Dakhlet Nouadhibou"),
("09","Tagant","","q:Tagant"),("10","Guidimaka","","q:Guidimaka"),("11","Tiris Zemmour","","q:Tiris Zemmour"),
("12","Inchiri","","q:Inchiri"),
("13","Nouakchott-Ouest","Nouakchott Ouest Region|Nouakchott West Region","pt:-15.9885,18.0989!point: its seat, Tevragh Zeina (GeoNames 11009418)" + MR_SPLIT),
("14","Nouakchott-Nord","Nouakchott Nord Region|Nouakchott North Region","pt:-15.9267,18.1081!point: its seat, Dar Naim (GeoNames 11496397)" + MR_SPLIT),
("15","Nouakchott-Sud","Nouakchott Sud Region|Nouakchott South Region","pt:-15.9719,18.0464!point: its seat, Arafat (GeoNames 9222766)" + MR_SPLIT),
])

# -- Sudan: 18 states; West Kordofan was re-formed in 2013 from North and South Kordofan -------------
SD_KORD = "; Natural Earth 4.1.0 has the state of before West Kordofan was re-formed in 2013"
SD = rows("SD", "State", [
("DC","Central Darfur","","q:Central Darfur"),("DE","East Darfur","","q:Eastern Darfur"),
("DN","North Darfur","","q:North Darfur"),("DS","South Darfur","","q:Southern Darfur"),
("DW","West Darfur","","q:Western Darfur"),
("GD","Gedaref","Al Qadarif State|Gadarif State","q:Gedarif"),
("GK","West Kordofan","","pt:28.3579,11.7329!point: its seat, Al Fulah (GeoNames 379535)" + SD_KORD),
("GZ","Gezira","Al Jazirah State","q:Gezira"),
("KA","Kassala","","q:Kassala"),("KH","Khartoum","","q:Khartoum"),
("KN","North Kordofan","","pt:30.2167,13.1842!point: its seat, El Obeid (GeoNames 379003)" + SD_KORD),
("KS","South Kordofan","","pt:29.7183,11.0111!point: its seat, Kadugli (GeoNames 373141)" + SD_KORD),
("NB","Blue Nile","","q:Blue Nile"),("NO","Northern","","q:Northern"),("NR","River Nile","","q:River Nile"),
("NW","White Nile","","q:White Nile"),("RS","Red Sea","","q:Red Sea"),("SI","Sennar","Sinnar State","q:Sennar"),
])

# -- Libya: the 22 districts of 2007; Natural Earth 4.1.0 labels some by an older district's name, so
# these are found by their GeoNames names -------------------------------------------------------
LY = rows("LY", "District", [
("BA","Benghazi","","g:Sha`biyat Banghazi"),("BU","Butnan","Al Butnan District","g:Sha`biyat al Butnan"),
("DR","Derna","Darnah District","g:Darnah"),("GT","Ghat","","g:Sha`biyat Ghat"),
("JA","Jabal al Akhdar","","g:Sha`biyat al Jabal al Akhdar"),
("JG","Jabal al Gharbi","Nafusa Mountains District","g:Sha`biyat al Jabal al Gharbi"),
("JI","Jafara","Al Jafarah District","g:Sha`biyat al Jafarah"),
("JU","Jufra","Al Jufrah District","g:Al Jufrah"),("KF","Kufra","Al Kufrah District","g:Al Kufrah"),
("MB","Murqub","Al Murqub District|Al Marqab District","g:Al Marqab"),
("MI","Misrata","Misurata District","g:Sha`biyat Misratah"),("MJ","Marj","Al Marj District","g:Al Marj"),
("MQ","Murzuq","","g:Murzuq"),("NL","Nalut","","g:Sha`biyat Nalut"),
("NQ","Nuqat al Khams","","g:Sha`biyat an Nuqat al Khams"),
("SB","Sabha","Sebha District","g:Sha`biyat Sabha"),("SR","Sirte","Surt District","g:Surt"),
("TB","Tripoli","","g:Sha`biyat Tarabulus"),("WA","Al Wahat","","g:Sha`biyat al Wahat"),
("WD","Wadi al Hayaa","Wadi al Hayat District","g:Sha`biyat Wadi al Hayat"),
("WS","Wadi al Shatii","Wadi ash Shati District","g:Sha`biyat Wadi ash Shati'"),
("ZA","Zawiya","Az Zawiyah District","g:Sha`biyat az Zawiyah"),
])

# -- Eritrea: 6 regions; Natural Earth 4.1.0's names are shuffled against its shapes (Asmara lies in
# the unit it names Anseba), so they are found by their GeoNames names, which match -----------------
ER = rows("ER", "Region", [
("AN","Anseba","","g:Anseba Region"),("DK","Southern Red Sea","Debubawi Keyih Bahri Region","g:Southern Red Sea Region"),
("DU","Debub","","g:Debub Region"),("GB","Gash-Barka","Gash Barka Region","g:Gash-Barka Region"),
("MA","Maekel","","g:Maekel Region"),
("SK","Northern Red Sea","Semenawi Keyih Bahri Region","g:Northern Red Sea Region"),
])

# -- Guyana: 10 regions, by their GeoNames names as for Eritrea (Georgetown lies in the unit Natural Earth
# 4.1.0 names East Berbice-Corentyne) -----------------------------------------------------------
GY = rows("GY", "Region", [
("BA","Barima-Waini","","g:Barima-Waini Region"),("CU","Cuyuni-Mazaruni","","g:Cuyuni-Mazaruni Region"),
("DE","Demerara-Mahaica","","g:Demerara-Mahaica Region"),("EB","East Berbice-Corentyne","","g:East Berbice-Corentyne Region"),
("ES","Essequibo Islands-West Demerara","","g:Essequibo Islands-West Demerara Region"),
("MA","Mahaica-Berbice","","g:Mahaica-Berbice Region"),("PM","Pomeroon-Supenaam","","g:Pomeroon-Supenaam Region"),
("PT","Potaro-Siparuni","","g:Potaro-Siparuni Region"),("UD","Upper Demerara-Berbice","","g:Upper Demerara-Berbice Region"),
("UT","Upper Takutu-Upper Essequibo","","g:Upper Takutu-Upper Essequibo Region"),
])

# -- Issue 12, fourth batch: countries with no divisions before, most useful first --------------------
# Ethiopia: 9 regional states and 2 chartered cities as Natural Earth 4.1.0 draws them; the regions split
# from the Southern Nations, Nationalities and Peoples' Region since 2020 are points at their seats (the
# Southern Nations region itself, dissolved in 2023, and Central Ethiopia, whose ISO code is not yet
# published, are left out)
ET_SPLIT = "; split from the Southern Nations, Nationalities and Peoples' Region in {}, which Natural Earth 4.1.0 still draws"
ET = rows("ET", "Region", [
("AA","","","q:Addis Ababa","Addis Ababa City Administration"),
("AF","Afar","Afar Regional State","q:Afar"),
("AM","Amhara","Amhara Regional State|Amara Region","q:Amhara"),
("BE","Benishangul-Gumuz","Benishangul-Gumuz Regional State|Benshangul-Gumaz Region|Benishangul Gumuz Region","q:Benshangul-Gumaz"),
("DD","","","q:Dire Dawa","Dire Dawa City Administration"),
("GA","Gambela","Gambella Region|Gambela Peoples' Region|Gambela Regional State","q:Gambela Peoples"),
("HA","Harari","Harari Regional State|Harari People's Region","q:Harari People"),
("OR","Oromia","Oromia Regional State|Oromiya Region","q:Oromiya"),
("SE","","South Ethiopia Regional State|Southern Ethiopia Region","pt:37.7616,6.8600!point: its seat, Wolaita Sodo (GeoNames 7910079, Sodo); ISO code as the page gives it" + ET_SPLIT.format(2023),"South Ethiopia Region"),
("SI","Sidama","Sidama Regional State","pt:38.4763,7.0621!point: its seat, Hawassa (GeoNames 343137, Awasa)" + ET_SPLIT.format(2020)),
("SO","Somali","Somali Regional State|Ethiopian Somali Region","q:Somali"),
("SW","","Southwest Ethiopia Peoples' Region|South West Ethiopia Region|Southwest Ethiopia Region|South West Ethiopia Peoples' Regional State","pt:36.2417,7.2889!point: its first seat, Bonga (GeoNames 341742)" + ET_SPLIT.format(2021),"South West Ethiopia Peoples' Region"),
("TI","Tigray","Tigray Regional State|Tigrai Region","q:Tigray"),
])

# -- Guinea: 7 regions and Conakry, each dissolved from the prefectures ISO 3166-2:GN places in it -------
GN_PREF = "!region dissolved from its prefectures (ISO 3166-2:GN's parent region of each)"
GN = rows("GN", "Region", [
("B","Boké","Boke Region","q:Boke+Boffa+Fria+Gaoual+Koundara" + GN_PREF),
("C","","Conakry Region|Conakry Special Zone","q:Conakry","Conakry Governorate"),
("D","Kindia","","q:Kindia+Coyah+Dubréka+Forécariah+Télimélé" + GN_PREF),
("F","Faranah","","q:Faranah+Dabola+Dinguiraye+Kissidougou" + GN_PREF),
("K","Kankan","","q:Kankan+Kérouané+Kouroussa+Mandiana+Siguiri" + GN_PREF),
("L","Labé","Labe Region","q:Labé+Koubia+Lélouma+Mali+Tougué" + GN_PREF),
("M","Mamou","","q:Mamou+Dalaba+Pita" + GN_PREF),
("N","Nzérékoré","Nzerekore Region|N'Zérékoré Region","q:Nzérékoré+Beyla+Guéckédou+Lola+Macenta+Yomou" + GN_PREF),
])

# -- Mongolia: 21 provinces (aimags) and Ulaanbaatar ------------------------------------------------
MN = rows("MN", "Province", [
("035","Orkhon","Orhon Province","q:Orhon"),("037","Darkhan-Uul","Darhan-Uul Province","q:Darhan-Uul"),
("039","Khentii","Hentiy Province","q:Hentiy"),("041","Khövsgöl","Hovsgol Province|Khuvsgul Province","q:Hövsgöl"),
("043","Khovd","Hovd Province","q:Hovd"),("046","Uvs","","q:Uvs"),("047","Töv","Tov Province","q:Töv"),
("049","Selenge","","q:Selenge"),("051","Sükhbaatar","Suhbaatar Province","q:Sühbaatar"),
("053","Ömnögovi","Umnugovi Province|South Gobi Province|Omnogovi Province|Ömnögovi aimag|Umnugovi aimag","q:Ömnögovi"),
("055","Övörkhangai","Uvurkhangai Province|Ovorhangay Province","q:Övörhangay"),
("057","Zavkhan","Dzavhan Province","q:Dzavhan"),("059","Dundgovi","Middle Gobi Province","q:Dundgovi"),
("061","Dornod","","q:Dornod"),("063","Dornogovi","East Gobi Province","q:Dornogovi"),
("064","Govisümber","Govi-Sümber Province|Govisumber Province","q:Govĭ-Sümber"),
("065","Govi-Altai","Gobi-Altai Province|Govi-Altay Province","q:Govi-Altay"),
("067","Bulgan","","q:Bulgan"),("069","Bayankhongor","Bayanhongor Province","q:Bayanhongor"),
("071","Bayan-Ölgii","Bayan-Olgiy Province|Bayan-Ulgii Province","q:Bayan-Ölgiy"),
("073","Arkhangai","Arhangay Province","q:Arhangay"),
("1","","","q:Ulaanbaatar","Ulaanbaatar City"),
])

# -- Lithuania: the 10 counties (apskritys) ----------------------------------------------------------
LT = rows("LT", "County", [
("AL","Alytus","","q:Alytaus"),("KL","Klaipėda","","q:Klaipedos"),("KU","Kaunas","","q:Kauno"),
("MR","Marijampolė","","q:Marijampoles"),("PN","Panevėžys","","q:Panevezio"),("SA","Šiauliai","","q:Šiauliai"),
("TA","Tauragė","","q:Taurages"),("TE","Telšiai","","q:Telšiai"),("UT","Utena","","q:Utenos"),
("VL","Vilnius","","q:Vilniaus"),
])

# -- Cyprus: 6 districts; Natural Earth 4.1.0 draws Northern Cyprus apart, so Nicosia is drawn without
# its northern part, and Famagusta and Kyrenia, mostly or wholly in the north, are points at their seats --
CY_NORTH = "; Natural Earth 4.1.0 draws all or most of the district as Northern Cyprus"
CY = rows("CY", "District", [
("01","Nicosia","Lefkosia District","q:Nicosia!without the part Natural Earth 4.1.0 draws as Northern Cyprus"),
("02","Limassol","Lemesos District","q:Limassol"),("03","Larnaca","Larnaka District","q:Larnaca"),
("04","Famagusta","Ammochostos District","pt:33.9413,35.1249!point: its seat, Famagusta (GeoNames 146617)" + CY_NORTH),
("05","Paphos","Pafos District","q:Paphos"),
("06","Kyrenia","Girne District","pt:33.3173,35.3363!point: its seat, Kyrenia (GeoNames 146412)" + CY_NORTH),
])

# -- Switzerland: the 26 cantons, as the press names them ("the canton of Zug") -------------------------
def canton(code, short, extra, spec, full=None):
    full = full or f"Canton of {short}"
    return (code, short, "|".join(filter(None, [extra, f"canton of {short}", f"{short} canton"])), spec, full)
CH = rows("CH", "Canton", [
canton("AG","Aargau","Canton Aargau","q:Aargau"),
canton("AI","Appenzell Innerrhoden","","q:Appenzell Innerrhoden"),
canton("AR","Appenzell Ausserrhoden","","q:Appenzell Ausserrhoden"),
canton("BE","Bern","Canton of Berne","q:Bern"),
canton("BL","Basel-Landschaft","Basel-Country|Canton of Basel-Country","q:Basel-Landschaft"),
canton("BS","Basel-Stadt","Basel-City|Canton of Basel-City","q:Basel-Stadt"),
canton("FR","Fribourg","Canton of Freiburg","q:Fribourg"),
canton("GE","Geneva","Canton of Genève|Republic and Canton of Geneva","q:Genève"),
canton("GL","Glarus","","q:Glarus"),
canton("GR","Graubünden","Canton of Grisons|Grisons","q:Graubünden"),
canton("JU","Jura","Republic and Canton of Jura","q:Jura"),
canton("LU","Lucerne","Canton of Luzern","q:Lucerne"),
canton("NE","Neuchâtel","Republic and Canton of Neuchâtel","q:Neuchâtel"),
canton("NW","Nidwalden","","q:Nidwalden"),
canton("OW","Obwalden","","q:Obwalden"),
canton("SG","St. Gallen","Canton of Sankt Gallen","q:Sankt Gallen"),
canton("SH","Schaffhausen","","q:Schaffhausen"),
canton("SO","Solothurn","","q:Solothurn"),
canton("SZ","Schwyz","","q:Schwyz"),
canton("TG","Thurgau","","q:Thurgau"),
canton("TI","Ticino","Republic and Canton of Ticino","q:Ticino"),
canton("UR","Uri","","q:Uri"),
canton("VD","Vaud","","q:Vaud"),
canton("VS","Valais","Canton of Wallis","q:Valais"),
canton("ZG","Zug","","q:Zug"),
canton("ZH","Zurich","Canton of Zürich","q:Zürich"),
])

# -- Turkmenistan: 5 regions (welayats); Ashgabat, a city with regional status, has no shape of its own -----
TM = rows("TM", "Region", [
("A","Ahal","Ahal Province|Ahal Welayat","q:Ahal"),("B","Balkan","Balkan Province|Balkan Welayat","q:Balkan"),
("D","Daşoguz","Dashoguz Region|Dashoguz Province|Dasoguz Region","q:Tashauz"),
("L","Lebap","Lebap Province|Lebap Welayat","q:Chardzhou"),("M","Mary","Mary Province|Mary Welayat","q:Mary"),
])

# -- Equatorial Guinea: the 8 provinces (ISO 3166-2:GQ lists them under its two regions); Djibloho, made a
# province in 2017 from part of Wele-Nzas, is a point at its seat --------------------------------------
GQ = rows("GQ", "Province", [
("AN","Annobón","Annobon Province","q:Annobón"),("BN","Bioko Norte","Bioko Norte|Bioko Norte Province|Bioko Nord","q:Bioko Norte","Bioko Norte Province"),
("BS","Bioko Sur","Bioko Sur Province","q:Bioko Sur","Bioko Sur Province"),
("CS","Centro Sur","","q:Centro Sur"),
("DJ","Djibloho","","pt:10.8236,1.5925!point: its seat, Ciudad de la Paz (GeoNames 12226438); province since 2017, Natural Earth 4.1.0 draws it within Wele-Nzas"),
("KN","Kié-Ntem","Kie-Ntem Province","q:Kié-Ntem"),("LI","Litoral","","q:Litoral"),
("WN","Wele-Nzas","","q:Wele-Nzás"),
])

# -- Benin: 12 departments -------------------------------------------------------------------------
BJ = rows("BJ", "Department", [
("AK","Atacora","Atakora Department","q:Atakora"),("AL","Alibori","","q:Alibori"),("AQ","Atlantique","","q:Atlantique"),
("BO","Borgou","","q:Borgou"),("CO","Collines","","q:Collines"),("DO","Donga","","q:Donga"),
("KO","Couffo","Kouffo Department","q:Kouffo"),("LI","Littoral","","q:Littoral"),("MO","Mono","","q:Mono"),
("OU","Ouémé","","q:Ouémé"),("PL","Plateau","","q:Plateau"),("ZO","Zou","","q:Zou"),
])

# -- Togo: 5 regions -------------------------------------------------------------------------------
TG = rows("TG", "Region", [
("C","Centrale","","q:Centre"),("K","Kara","","q:Kara"),("M","Maritime","","q:Maritime"),
("P","Plateaux","","q:Plateaux"),("S","Savanes","","q:Savanes"),
])

# -- Sierra Leone: 5 provinces and the Western Area; the North West Province was split from the Northern in
# 2017, both points at their seats ---------------------------------------------------------------------
SL_SPLIT = "; province since 2017, Natural Earth 4.1.0 has the Northern Province of before"
SL = rows("SL", "Province", [
("E","Eastern","","q:Eastern"),
("N","Northern","","pt:-12.0442,8.8860!point: its seat, Makeni (GeoNames 2406407)" + SL_SPLIT),
("NW","North West","North Western Province|Northwest Province","pt:-12.7870,8.7661!point: its seat, Port Loko (GeoNames 2404433)" + SL_SPLIT),
("S","Southern","","q:Southern"),
("W","","","q:Western","Western Area"),
])

# -- Malawi: 3 regions, dissolved from their districts (by GeoNames name: Natural Earth names Karonga
# District "Chitipa" too) -----------------------------------------------------------------------------
MW_DIST = "!region dissolved from its districts"
MW = rows("MW", "Region", [
("C","Central","","g:Dedza District+Dowa District+Kasungu District+Lilongwe District+Mchinji District+Nkhotakota District"
 "+Ntcheu District+Ntchisi District+Salima District" + MW_DIST),
("N","Northern","","g:Chitipa District+Karonga District+Likoma District+Mzimba District+Nkhata Bay District+Rumphi District" + MW_DIST),
("S","Southern","","g:Balaka District+Blantyre District+Chikwawa District+Chiradzulu District+Machinga District+Mangochi District"
 "+Mulanje District+Mwanza District+Neno District+Nsanje District+Phalombe District+Thyolo District+Zomba District" + MW_DIST),
])

# -- Austria: 9 states, by their English names -------------------------------------------------------------
AT = rows("AT", "State", [
("1","Burgenland","","q:Burgenland","Burgenland"),("2","Carinthia","Kärnten","q:Kärnten","Carinthia"),
("3","Lower Austria","Niederösterreich","q:Niederösterreich","Lower Austria"),
("4","Upper Austria","Oberösterreich","q:Oberösterreich","Upper Austria"),
("5","Salzburg","Salzburg state|Salzburg State|Land Salzburg","q:Salzburg","State of Salzburg"),
("6","Styria","Steiermark","q:Steiermark","Styria"),("7","Tyrol","Tirol","q:Tirol","Tyrol"),
("8","Vorarlberg","","q:Vorarlberg","Vorarlberg"),
("9","","","q:Wien","State of Vienna"),
])

# -- Czechia: 13 regions (kraje) and Prague ---------------------------------------------------------
CZ = rows("CZ", "Region", [
("10","","","q:Prague","Capital City of Prague"),
("20","","Central Bohemia|Central Bohemia Region","q:Středočeský","Central Bohemian Region"),
("31","","South Bohemia|South Bohemia Region","q:Jihočeský","South Bohemian Region"),
("32","Plzeň","Pilsen Region","q:Plzeňský"),("41","Karlovy Vary","","q:Karlovarský"),
("42","Ústí nad Labem","","q:Ústecký"),("51","Liberec","","q:Liberecký"),
("52","Hradec Králové","","q:Královéhradecký"),("53","Pardubice","","q:Pardubický"),
("63","Vysočina","","q:Vysočina"),
("64","","South Moravia|South Moravia Region","q:Jihomoravský","South Moravian Region"),
("71","Olomouc","","q:Olomoucký"),
("72","Zlín","","q:Zlínský"),
("80","","Moravia-Silesia|Moravia-Silesia Region","q:Moravskoslezský","Moravian-Silesian Region"),
])

# -- Slovakia: 8 self-governing regions (kraje) ----------------------------------------------------------
SK = rows("SK", "Region", [
("BC","Banská Bystrica","","q:Banskobystrický"),("BL","Bratislava","","q:Bratislavský"),
("KI","Košice","","q:Košický"),("NI","Nitra","","q:Nitriansky"),("PV","Prešov","","q:Prešov"),
("TA","Trnava","","q:Trnavský"),("TC","Trenčín","","q:Trenciansky"),("ZI","Žilina","","q:Žilinský"),
])

# -- Estonia: 15 counties (maakonnad); Hiiumaa and Saaremaa, the islands, are not aliases -------------------
EE = rows("EE", "County", [
("37","Harju","Harjumaa","q:Harju"),("39","Hiiu","","q:Hiiu"),("45","Ida-Viru","Ida-Virumaa","q:Ida-Viru"),
("50","Jõgeva","Jõgevamaa","q:Jõgeva"),("52","Järva","Järvamaa","q:Järva"),("56","Lääne","Läänemaa","q:Lääne"),
("60","Lääne-Viru","Lääne-Virumaa","q:Lääne-Viru"),("64","Põlva","Põlvamaa","q:Põlva"),
("68","Pärnu","Pärnumaa","q:Pärnu"),("71","Rapla","Raplamaa","q:Rapla"),("74","Saare","","q:Saare"),
("79","Tartu","Tartumaa","q:Tartu"),("81","Valga","Valgamaa","q:Valga"),("84","Viljandi","Viljandimaa","q:Viljandi"),
("87","Võru","Võrumaa","q:Võru"),
])

# -- Belarus: 6 regions (voblasts) and Minsk ----------------------------------------------------------
BY = rows("BY", "Region", [
("BR","Brest","Brest Oblast","q:Brest"),("HM","","","q:City of Minsk","City of Minsk"),
("HO","Gomel","Gomel Oblast|Homel Region","q:Gomel"),("HR","Grodno","Grodno Oblast|Hrodna Region","q:Grodno"),
("MA","Mogilev","Mogilev Oblast|Mahilyow Region","q:Mogilev"),("MI","Minsk","Minsk Oblast","q:Minsk"),
("VI","Vitebsk","Vitebsk Oblast|Viciebsk Region","q:Vitebsk"),
])

# -- Hungary: 19 counties, each with its cities of county rights, which Natural Earth draws apart ----------
HU = rows("HU", "County", [
("BA","Baranya","","gnall:Baranya megye"),("BE","Békés","","gnall:Bekes megye"),
("BK","Bács-Kiskun","","gnall:Bacs-Kiskun megye"),("BZ","Borsod-Abaúj-Zemplén","","gnall:Borsod-Abauj-Zemplen megye"),
("CS","Csongrád-Csanád","Csongrád County","gnall:Csongrad megye"),("FE","Fejér","","gnall:Fejer megye"),
("GS","Győr-Moson-Sopron","","gnall:Gyor-Moson-Sopron megye"),("HB","Hajdú-Bihar","","gnall:Hajdu-Bihar megye"),
("HE","Heves","","gnall:Heves megye"),("JN","Jász-Nagykun-Szolnok","","gnall:Jasz-Nagykun-Szolnok megye"),
("KE","Komárom-Esztergom","","gnall:Komarom-Esztergom megye"),("NO","Nógrád","","gnall:Nograd megye"),
("PE","Pest","","gnall:Pest megye"),("SO","Somogy","","gnall:Somogy megye"),
("SZ","Szabolcs-Szatmár-Bereg","","gnall:Szabolcs-Szatmar-Bereg megye"),("TO","Tolna","","gnall:Tolna megye"),
("VA","Vas","","gnall:Vas megye"),("VE","Veszprém","","gnall:Veszprem megye"),("ZA","Zala","","gnall:Zala megye"),
])

# -- Albania: 12 counties (qarqe), by their GeoNames names (Natural Earth names Tirana County "Durrës" too) --
AL = rows("AL", "County", [
("01","Berat","","g:Qarku i Beratit"),("02","Durrës","","g:Qarku i Durresit"),("03","Elbasan","","g:Qarku i Elbasanit"),
("04","Fier","","g:Qarku i Fierit"),("05","Gjirokastër","","g:Qarku i Gjirokastres"),("06","Korçë","","g:Qarku i Korces"),
("07","Kukës","","g:Qarku i Kukesit"),("08","Lezhë","","g:Qarku i Lezhes"),("09","Dibër","","g:Qarku i Dibres"),
("10","Shkodër","","g:Qarku i Shkodres"),("11","Tirana","","g:Qarku i Tiranes"),("12","Vlorë","","g:Qarku i Vlores"),
])

# -- Israel: 6 districts -----------------------------------------------------------------------------
IL = rows("IL", "District", [
("D","Southern","","q:HaDarom"),("HA","Haifa","","q:Haifa"),("JM","Jerusalem","","q:Jerusalem"),
("M","Central","","q:HaMerkaz"),("TA","Tel Aviv","","q:Tel Aviv"),("Z","Northern","","q:HaZafon"),
])

# -- Kuwait: 6 governorates ---------------------------------------------------------------------------
KW = rows("KW", "Governorate", [
("AH","Ahmadi","Al Ahmadi Governorate","q:Al Ahmadi"),("FA","Farwaniya","Al Farwaniyah Governorate","q:Al Farwaniyah"),
("HA","Hawalli","","q:Hawalli"),("JA","Jahra","Al Jahra Governorate","q:Al Jahrah"),
("KU","","Al Asimah Governorate","q:Al Asimah","Capital Governorate"),
("MU","Mubarak Al-Kabeer","Mubarak Al-Kabir Governorate","q:Mubarak Al-Kabeer"),
])

# -- Qatar: 8 municipalities; Al-Shahaniya, split from Al Rayyan in 2014, is a point at its seat -----------
QA = rows("QA", "Municipality", [
("DA","Doha","","q:Ad Dawhah"),("KH","Al Khor","Al Khor and Al Thakhira Municipality","q:Al Khawr"),
("MS","Al Shamal","Madinat ash Shamal Municipality","q:Madinat ach Shamal"),
("RA","Al Rayyan","","q:Ar Rayyān!Natural Earth 4.1.0 draws it with Al-Shahaniya, split from it in 2014"),
("SH","Al-Shahaniya","Al Shahaniya Municipality","pt:51.2226,25.3709!point: its seat, Al-Shahaniya (GeoNames 289877, Ash Shīḩānīyah); municipality since 2014, Natural Earth 4.1.0 draws it within Al Rayyan"),
("US","Umm Salal","","q:Umm Salal"),("WA","Al Wakrah","","q:Al Wakrah"),("ZA","Al Daayen","","q:Al Daayen"),
])

# -- Armenia: 10 provinces (marzer); Yerevan, a city with provincial status, is left out ------------------
AM = rows("AM", "Province", [
("AG","Aragatsotn","","q:Aragatsotn"),("AR","Ararat","","q:Ararat"),("AV","Armavir","","q:Armavir"),
("GR","Gegharkunik","","q:Gegharkunik"),("KT","Kotayk","","q:Kotayk"),("LO","Lori","","q:Lori"),
("SH","Shirak","","q:Shirak"),("SU","Syunik","Syunik Region|Siunik Province","q:Syunik"),
("TV","Tavush","","q:Tavush"),("VD","Vayots Dzor","","q:Vayots Dzor"),
])

# -- Kyrgyzstan: 7 regions (oblasts); Bishkek and Osh, cities of republican significance, are left out ----
KG = rows("KG", "Region", [
("B","Batken","Batken Oblast","q:Batken"),("C","Chüy","Chuy Region|Chui Region|Chuy Oblast","q:Chuy"),
("J","Jalal-Abad","Jalal-Abad Oblast","q:Jalal-Abad"),("N","Naryn","Naryn Oblast","q:Naryn"),
("O","Osh","Osh Oblast","q:Osh"),("T","Talas","Talas Oblast","q:Talas"),
("Y","Issyk-Kul","Ysyk-Köl Region|Issyk-Kul Oblast","q:Ysyk-Köl"),
])

# -- Tajikistan: 2 regions, the Gorno-Badakhshan Autonomous Region and the Districts of Republican
# Subordination; Dushanbe is left out -----------------------------------------------------------------
TJ = rows("TJ", "Region", [
("GB","Gorno-Badakhshan","Gorno-Badakhshan Autonomous Oblast|GBAO|Mountainous Badakhshan Autonomous Region","q:Gorno-Badakhshan","Gorno-Badakhshan Autonomous Region"),
("KT","Khatlon","Khatlon Province","q:Khatlon"),
("RA","","","q:Tadzhikistan Territories","Districts of Republican Subordination"),
("SU","Sughd","Sughd Province|Sogd Region","q:Leninabad"),
])

# -- Uzbekistan: 12 regions (viloyatlar) and Karakalpakstan; Tashkent city is left out ------------------
UZ = rows("UZ", "Region", [
("AN","Andijan","Andijon Region","q:Andijon"),("BU","Bukhara","Buxoro Region","q:Bukhoro"),
("FA","Fergana","Farg'ona Region|Ferghana Region","q:Ferghana"),("JI","Jizzakh","Jizzax Region","q:Jizzakh"),
("NG","Namangan","","q:Namangan"),("NW","Navoiy","Navoi Region","q:Navoi"),
("QA","Kashkadarya","Qashqadaryo Region","q:Kashkadarya"),
("QR","Karakalpakstan","Karakalpakstan Republic|Qoraqalpog'iston","q:Karakalpakstan","Republic of Karakalpakstan"),
("SA","Samarkand","Samarqand Region","q:Samarkand"),("SI","Sirdaryo","Syrdarya Region","q:Sirdaryo"),
("SU","Surkhandarya","Surxondaryo Region","q:Surkhandarya"),("TO","Tashkent","Toshkent Region","q:Tashkent~Toshkent Viloyati"),
("XO","Xorazm","Khorezm Region","q:Khorezm"),
])

# -- Zimbabwe: 8 provinces and the 2 cities with provincial status --------------------------------------
ZW = rows("ZW", "Province", [
("BU","Bulawayo","","q:Bulawayo"),("HA","Harare","","q:Harare"),("MA","Manicaland","","q:Manicaland"),
("MC","Mashonaland Central","","q:Mashonaland Central"),("ME","Mashonaland East","","q:Mashonaland East"),
("MI","Midlands","","q:Midlands"),("MN","Matabeleland North","","q:Matabeleland North"),
("MS","Matabeleland South","","q:Matabeleland South"),("MV","Masvingo","","q:Masvingo"),
("MW","Mashonaland West","","q:Mashonaland West"),
])

# -- South Sudan: the 10 states restored in 2020 (the administrative areas are left out) ----------------
SS = rows("SS", "State", [
("BN","Northern Bahr el Ghazal","","q:Northern Bahr el Ghazal"),("BW","Western Bahr el Ghazal","","q:Western Bahr el Ghazal"),
("EC","Central Equatoria","","q:Central Equatoria"),("EE","Eastern Equatoria","","q:Eastern Equatoria"),
("EW","Western Equatoria","","q:Western Equatoria"),("JG","Jonglei","","q:Jonglei"),("LK","Lakes","","q:Lakes"),
("NU","Upper Nile","","q:Upper Nile"),("UY","Unity","","q:Unity"),("WR","Warrap","","q:Warrap"),
])

# -- Rwanda: 4 provinces and Kigali -----------------------------------------------------------------
RW = rows("RW", "Province", [
("01","","Kigali Province","q:Kigali City","City of Kigali"),("02","Eastern","","q:Eastern"),
("03","Northern","","q:Northern"),("04","Western","","q:Western"),("05","Southern","","q:Southern"),
])

# -- Lesotho: 10 districts ---------------------------------------------------------------------------
LS = rows("LS", "District", [
("A","Maseru","","q:Maseru"),("B","Butha-Buthe","Botha-Bothe District","q:Butha-Buthe"),("C","Leribe","","q:Leribe"),
("D","Berea","","q:Berea"),("E","Mafeteng","","q:Mafeteng"),("F","Mohale's Hoek","","q:Mohale's Hoek"),
("G","Quthing","","q:Quthing"),("H","Qacha's Nek","","q:Qacha's Nek"),("J","Mokhotlong","","q:Mokhotlong"),
("K","Thaba-Tseka","","q:Thaba-Tseka"),
])

# -- Eswatini: 4 regions -----------------------------------------------------------------------------
SZ = rows("SZ", "Region", [
("HH","Hhohho","","q:Hhohho"),("LU","Lubombo","","q:Lubombo"),("MA","Manzini","","q:Manzini"),
("SH","Shiselweni","","q:Shiselweni"),
])

# -- The Gambia: 5 divisions (regions) and Banjul ----------------------------------------------------------
GM = rows("GM", "Division", [
("B","","","q:Banjul","City of Banjul"),("L","Lower River","Lower River Region","q:Lower River"),
("M","Central River","Central River Region","q:Central River"),("N","North Bank","North Bank Region","q:North Bank"),
("U","Upper River","Upper River Region","q:Upper River"),("W","West Coast","West Coast Region|Western Division","q:West Coast"),
])

# -- Timor-Leste: 12 municipalities and the Special Administrative Region of Oecusse ----------------------
TL = rows("TL", "Municipality", [
("AL","Aileu","","q:Aileu"),("AN","Ainaro","","q:Ainaro"),("BA","Baucau","","q:Baucau"),("BO","Bobonaro","","q:Bobonaro"),
("CO","Cova Lima","Covalima Municipality","q:Cova Lima"),("DI","Dili","","q:Dili"),("ER","Ermera","","q:Ermera"),
("LA","Lautém","","q:Lautém"),("LI","Liquiçá","Liquica Municipality","q:Liquica"),("MF","Manufahi","","q:Manufahi"),
("MT","Manatuto","","q:Manatuto"),("VI","Viqueque","","q:Viqueque"),
("OE","Oecusse","Oecussi-Ambeno|Oe-Cusse Ambeno|Oecusse Special Administrative Region|Oecusse-Ambeno","q:Ambeno","Special Administrative Region of Oecusse-Ambeno"),
])

# -- Niger: 7 regions and Niamey --------------------------------------------------------------------
NE = rows("NE", "Region", [
("1","Agadez","","q:Agadez"),("2","Diffa","","q:Diffa"),("3","Dosso","","q:Dosso"),("4","Maradi","","q:Maradi"),
("5","Tahoua","","q:Tahoua"),("6","Tillabéri","Tillaberi Region|Tillabéry Region","q:Tillabéri"),("7","Zinder","","q:Zinder"),
("8","","Niamey Capital District","q:Niamey","Niamey Urban Community"),
])

# -- North Korea: 9 provinces and Pyongyang and Rason ---------------------------------------------------
KP = rows("KP", "Province", [
("01","","","q:P'yŏngyang","Pyongyang Directly Governed City"),
("02","South Pyongan","South P'yŏngan Province","q:P'yŏngan-namdo"),("03","North Pyongan","North P'yŏngan Province","q:P'yŏngan-bukto"),
("04","Chagang","","q:Chagang-do"),("05","South Hwanghae","","q:Hwanghae-namdo"),("06","North Hwanghae","","q:Hwanghae-bukto"),
("07","Kangwon","","q:Kangwŏn-do"),("08","South Hamgyong","South Hamgyŏng Province","q:Hamgyŏng-namdo"),
("09","North Hamgyong","North Hamgyŏng Province","q:Hamgyŏng-bukto"),("10","Ryanggang","Yanggang Province","q:Ryanggang"),
("13","Rason","Rason Special Economic Zone|Rason Special City","q:Rasŏn","Rason Special City"),
])


# -- Afghanistan: 34 provinces (Natural Earth names Panjshir "Parwan" and Daykundi "Uruzgan" too: these
# four by their GeoNames names) ------------------------------------------------------------------------
AF = rows("AF", "Province", [
("BAL","Balkh","","q:Balkh"),("BAM","Bamyan","Bamiyan Province","g:Wilayat-e Bamyan"),("BDG","Badghis","","q:Badghis"),
("BDS","Badakhshan","","q:Badakhshan"),("BGL","Baghlan","","q:Baghlan"),("DAY","Daykundi","Daikundi Province","g:Wilayat-e Daykundi"),
("FRA","Farah","","q:Farah"),("FYB","Faryab","","q:Faryab"),("GHA","Ghazni","","q:Ghazni"),("GHO","Ghor","","q:Ghor"),
("HEL","Helmand","","q:Hilmand"),("HER","Herat","","q:Hirat"),("JOW","Jowzjan","Jawzjan Province","q:Jawzjan"),
("KAB","Kabul","","q:Kabul"),("KAN","Kandahar","","q:Kandahar"),("KAP","Kapisa","","q:Kapisa"),("KDZ","Kunduz","","q:Kunduz"),
("KHO","Khost","","q:Khost"),("KNR","Kunar","","q:Kunar"),("LAG","Laghman","","q:Laghman"),("LOG","Logar","","q:Logar"),
("NAN","Nangarhar","","q:Nangarhar"),("NIM","Nimruz","Nimroz Province","q:Nimroz"),("NUR","Nuristan","","q:Nuristan"),
("PAN","Panjshir","Panjsher Province","g:Panjshir"),("PAR","Parwan","","g:Parwan"),("PIA","Paktia","Paktiya Province","q:Paktya"),
("PKA","Paktika","","q:Paktika"),("SAM","Samangan","","q:Samangan"),("SAR","Sar-e Pol","Sar-i-Pul Province|Sari Pul Province","q:Sari Pul"),
("TAK","Takhar","","q:Takhar"),("URU","Uruzgan","Oruzgan Province","g:Uruzgan"),("WAR","Wardak","Maidan Wardak Province","q:Wardak"),
("ZAB","Zabul","","q:Zabul"),
])

# -- Bosnia and Herzegovina: its two entities and the Brčko District, dissolved from Natural Earth's cantons
# and regions -------------------------------------------------------------------------------------------
BA = rows("BA", "Entity", [
("BIH","","Federation of BiH|Bosniak-Croat Federation",
 "q:Sarajevo+Herzegovina-Neretva+Una-Sana+Posavina+West Herzegovina+West Bosnia+Central Bosnia+Zenica-Doboj+Tuzla+Bosnian Podrinje"
 "!dissolved from its ten cantons","Federation of Bosnia and Herzegovina"),
("BRC","","Brcko District|Brčko District of Bosnia and Herzegovina","q:Brčko Distrikt","Brčko District"),
("SRP","","","q:Doboj+Foča+Vlasenica+Trebinje+Bijeljina+Banja Luka+Sarajevo-romanija!dissolved from its regions","Republika Srpska"),
])

# -- Serbia: the 17 districts outside Vojvodina, Vojvodina (dissolved from its 7 districts) and Belgrade; ISO's
# Kosovo-Metohija is left out (the table has Kosovo as a country) -------------------------------------------
RS = rows("RS", "District", [
("00","","","q:Grad Beograd","City of Belgrade"),
("08","Mačva","","q:Macvanski"),("09","Kolubara","","q:Kolubarski"),("10","Podunavlje","","q:Podunavski"),
("11","Braničevo","","q:Branicevski"),("12","Šumadija","","q:Šumadijski"),("13","Pomoravlje","","q:Pomoravski~Pomoravski Okrug"),
("14","Bor","","q:Borski"),("15","Zaječar","","q:Zajecarski"),("16","Zlatibor","","q:Zlatiborski"),("17","Moravica","","q:Moravicki"),
("18","Raška","","q:Raški"),("19","Rasina","","q:Pomoravski~Rasinski Okrug"),("20","Nišava","","q:Nišavski"),
("21","Toplica","","q:Toplicki"),("22","Pirot","","q:Pirotski"),("23","Jablanica","","q:Jablanicki"),("24","Pčinja","","q:Pcinjski"),
("VO","Vojvodina","Autonomous Province of Vojvodina",
 "q:Severno-Backi+Zapadno-Backi+Severno-Banatski+Južno-Backi+Sremski+Srednje-Banatski+Južno-Banatski!dissolved from its seven districts",
 "Vojvodina"),
])

# -- Chad: 22 provinces; Ennedi was split in two in 2012, points at their seats; N'Djamena is left out ------
TD_SPLIT = "; province since 2012, split from Ennedi, which Natural Earth 4.1.0 still draws"
TD = rows("TD", "Province", [
("BA","Batha","","q:Batha"),("BG","Bahr el Gazel","Barh El Gazel Province","q:Barh El Gazel"),("BO","Borkou","","q:Borkou"),
("CB","Chari-Baguirmi","","q:Chari-Baguirmi"),
("EE","Ennedi-Est","Ennedi East Province","pt:22.8354,16.0667!point: its seat, Amdjarass (GeoNames 9534257)" + TD_SPLIT),
("EO","Ennedi-Ouest","Ennedi West Province","pt:21.5808,17.1919!point: its seat, Fada (GeoNames 244128)" + TD_SPLIT),
("GR","Guéra","Guera Province","q:Guéra"),("HL","Hadjer-Lamis","","q:Hadjer-Lamis"),("KA","Kanem","","q:Kanem"),
("LC","Lac","","q:Lac"),("LO","Logone Occidental","Logone-Occidental Province","q:Logone Occidental"),
("LR","Logone Oriental","Logone-Oriental Province","q:Logone Oriental"),("MA","Mandoul","","q:Mandoul"),
("MC","Moyen-Chari","","q:Moyen-Chari"),("ME","Mayo-Kebbi Est","Mayo-Kebbi East Province","q:Mayo-Kebbi Est"),
("MO","Mayo-Kebbi Ouest","Mayo-Kebbi West Province","q:Mayo-Kebbi Ouest"),("OD","Ouaddaï","Ouaddai Province","q:Ouaddaï"),
("SA","Salamat","","q:Salamat"),("SI","Sila","","q:Sila"),("TA","Tandjilé","Tandjile Province","q:Tandjilé"),
("TI","Tibesti","","q:Tibesti"),("WF","Wadi Fira","","q:Wadi Fira"),
])

# -- Laos: 16 provinces and the Vientiane Prefecture; Xaisomboun, made a province in 2013 from parts of
# Vientiane and Xiangkhouang provinces, is left out (no seat confirmed) ---------------------------------------
LA = rows("LA", "Province", [
("AT","Attapeu","Attapu Province","q:Attapu"),("BK","Bokeo","","q:Bokeo"),("BL","Bolikhamsai","Bolikhamxai Province","q:Bolikhamxai"),
("CH","Champasak","","q:Champasak"),("HO","Houaphanh","Houaphan Province","q:Houaphan"),("KH","Khammouane","Khammouan Province","q:Khammouan"),
("LM","Luang Namtha","Louang Namtha Province","q:Louang Namtha"),("LP","Luang Prabang","Louangphabang Province","q:Louangphrabang"),
("OU","Oudomxay","Oudomxai Province","q:Oudômxai"),("PH","Phongsaly","Phongsali Province","q:Phôngsali"),
("SL","Salavan","Saravane Province","q:Saravan"),("SV","Savannakhet","","q:Savannakhét"),
("VI","Vientiane","","q:Vientiane!with the parts of Xaisomboun Province, made in 2013, that Natural Earth 4.1.0 draws in it"),
("VT","","Vientiane Capital|Vientiane Municipality","q:Vientiane [prefecture]","Vientiane Prefecture"),
("XA","Sainyabuli","Xaignabouli Province|Xayabury Province","q:Xaignabouri"),("XE","Sekong","Xekong Province","q:Xékong"),
("XI","Xiangkhouang","Xieng Khouang Province","q:Xiangkhoang"),
])

# -- Brunei: 4 districts --------------------------------------------------------------------------
BN = rows("BN", "District", [
("BE","Belait","","q:Belait"),("BM","Brunei-Muara","Brunei and Muara District","q:Brunei and Muara"),
("TE","Temburong","","q:Temburong"),("TU","Tutong","","q:Tutong"),
])

# -- Solomon Islands: 9 provinces (Honiara, the capital territory, is left out) -----------------------------
SB = rows("SB", "Province", [
("CE","Central","","q:Central"),("CH","Choiseul","","q:Choiseul"),("GU","Guadalcanal","","q:Guadalcanal"),
("IS","Isabel","Santa Isabel Province","q:Isabel"),("MK","Makira-Ulawa","","q:Makira"),("ML","Malaita","","q:Malaita"),
("RB","Rennell and Bellona","","q:Rennell and Bellona"),("TE","Temotu","","q:Temotu"),("WE","Western","","q:Western"),
])

# -- Bhutan: 20 districts (dzongkhags) ------------------------------------------------------------------
BT = rows("BT", "District", [
("11","Paro","Paro Dzongkhag","q:Paro"),("12","Chukha","Chhukha District|Chukha Dzongkhag","q:Chhukha"),
("13","Haa","Haa Dzongkhag","q:Ha"),("14","Samtse","Samtse Dzongkhag","q:Samchi"),("15","Thimphu","Thimphu Dzongkhag","q:Thimphu"),
("21","Tsirang","Tsirang Dzongkhag","q:Chirang"),("22","Dagana","Dagana Dzongkhag","q:Daga"),("23","Punakha","Punakha Dzongkhag","q:Punakha"),
("24","Wangdue Phodrang","Wangdue Phodrang Dzongkhag","q:Wangdi Phodrang"),("31","Sarpang","Sarpang Dzongkhag","q:Geylegphug"),
("32","Trongsa","Trongsa Dzongkhag","q:Tongsa"),("33","Bumthang","Bumthang Dzongkhag","q:Bumthang"),
("34","Zhemgang","Zhemgang Dzongkhag","q:Shemgang"),("41","Trashigang","Trashigang Dzongkhag","q:Tashigang"),
("42","Mongar","Mongar Dzongkhag","q:Mongar"),("43","Pemagatshel","Pemagatshel Dzongkhag","q:Pemagatsel"),
("44","Lhuntse","Lhuntse Dzongkhag","q:Lhuntshi"),("45","Samdrup Jongkhar","Samdrup Jongkhar Dzongkhag","q:Samdrup Jongkhar"),
("GA","Gasa","Gasa Dzongkhag","q:Gasa"),("TY","Trashiyangtse","Trashi Yangtse District|Trashiyangtse Dzongkhag","q:Tashi Yangtse"),
])

# -- Guinea-Bissau: 8 regions and the autonomous sector of Bissau (ISO 3166-2:GW lists them under its three
# provinces, which are not administrative) -------------------------------------------------------------
GW = rows("GW", "Region", [
("BA","Bafatá","Bafata Region","q:Bafatá"),("BL","Bolama","Bolama-Bijagós Region|Bolama Bijagós Region","q:Bolama"),
("BM","Biombo","","q:Biombo"),("BS","","Bissau Autonomous Sector","q:Bissau","Autonomous Sector of Bissau"),
("CA","Cacheu","","q:Cacheu"),("GA","Gabú","Gabu Region","q:Gabú"),("OI","Oio","","q:Oio"),("QU","Quinara","","q:Quinara"),
("TO","Tombali","","q:Tombali"),
])

# -- Fiji: 4 divisions (Rotuma, the dependency, is left out) ----------------------------------------------
FJ = rows("FJ", "Division", [
("C","Central","","q:Central"),("E","Eastern","","q:Eastern"),("N","Northern","","q:Northern"),("W","Western","","q:Western"),
])

# -- Mauritius: 9 districts, with the towns Natural Earth draws apart (the outer islands are left out) --------
MU = rows("MU", "District", [
("BL","Black River","Rivière Noire District","q:Rivière Noire"),("FL","Flacq","","q:Flacq"),("GP","Grand Port","","q:Grand Port"),
("MO","Moka","","q:Moka"),("PA","Pamplemousses","","q:Pamplemousses"),
("PL","Port Louis","","q:Port Louis+Port Louis city!with the city Natural Earth draws apart"),
("PW","Plaines Wilhems","","q:Plaines Wilhems+Beau Bassin-Rose Hill+Quatre Bornes+Vacoas-Phoenix+Curepipe!with the towns Natural Earth draws apart"),
("RR","Rivière du Rempart","Riviere du Rempart District","q:Rivière du Rempart"),("SA","Savanne","","q:Savanne"),
])

# -- Trinidad and Tobago: Trinidad's 9 regional corporations, 3 boroughs and 2 cities (Tobago, the island's
# own name, is left out) ------------------------------------------------------------------------------
TT = rows("TT", "Regional Corporation", [
("ARI","","","q:Arima","Borough of Arima"),("CHA","","","q:Chaguanas","Borough of Chaguanas"),
("CTT","Couva-Tabaquite-Talparo","","q:Couva-Tabaquite-Talparo"),("DMN","Diego Martin","","q:Diego Martin"),
("MRC","Mayaro-Rio Claro","Rio Claro-Mayaro Regional Corporation","q:Rio Claro-Mayaro"),
("PED","Penal-Debe","","q:Penal-Debe"),("POS","","","q:Port of Spain","City of Port of Spain"),
("PRT","Princes Town","","q:Princes Town"),("PTF","","","q:Point Fortin","Borough of Point Fortin"),
("SFO","","","q:San Fernando","City of San Fernando"),("SGE","Sangre Grande","","q:Sangre Grande"),
("SIP","Siparia","","q:Siparia"),("SJL","San Juan-Laventille","","q:San Juan-Laventille"),
("TUP","Tunapuna-Piarco","","q:Tunapuna/Piarco"),
])

# -- Botswana: 10 districts (its cities and towns are left out); Chobe is a point at its seat -------------
BW = rows("BW", "District", [
("CE","Central","","q:Central"),
("CH","Chobe","","pt:25.1602,-17.8016!point: its seat, Kasane (GeoNames 933677); Natural Earth 4.1.0 draws it within North-West"),
("GH","Ghanzi","","q:Ghanzi"),("KG","Kgalagadi","","q:Kgalagadi"),("KL","Kgatleng","","q:Kgatleng"),("KW","Kweneng","","q:Kweneng"),
("NE","North-East","North East District","q:North-East"),
("NW","North-West","North West District|Ngamiland District","q:North-West!with Chobe, which Natural Earth 4.1.0 draws within it"),
("SE","South-East","South East District","q:South-East"),("SO","Southern","","q:Southern"),
])

# -- Nepal: the provinces of 2015 whose capital is settled, points at their capitals (Natural Earth 4.1.0 has
# the zones of before); Lumbini and Sudurpashchim, whose seats are in dispute, are left out -----------------
NP_NEW = "; province since 2015, Natural Earth 4.1.0 has the zones of before"
NP = rows("NP", "Province", [
("P1","Koshi","Province No. 1|Province 1","pt:87.2701,26.4550!point: its capital, Biratnagar (GeoNames 1283582)" + NP_NEW),
("P2","Madhesh","Madhesh Pradesh|Province No. 2|Province 2","pt:85.9263,26.7288!point: its capital, Janakpur (GeoNames 1283318)" + NP_NEW),
("P3","Bagmati","","pt:85.0322,27.4284!point: its capital, Hetauda (GeoNames 1283339)" + NP_NEW),
("P4","Gandaki","","pt:83.9685,28.2669!point: its capital, Pokhara (GeoNames 1282898)" + NP_NEW),
("P6","Karnali","","pt:81.6166,28.5967!point: its capital, Birendranagar (GeoNames 6254843)" + NP_NEW),
])

# -- Azerbaijan: the Nakhchivan Autonomous Republic and the districts (rayons) on the Caspian coast, by their
# GeoNames names (Natural Earth's unit names are shuffled in places); the other 60 units are left out --------
AZ = rows("AZ", "District", [
("NX","","Nakhchivan|Naxçıvan Autonomous Republic|Nakhichevan Autonomous Republic",
 "g:Babek Rayon+Julfa Rayon+Nakhchivan City+Sharur Rayon+Sadarak Rayon+Kangarli Rayon+Shahbuz Rayon+Ordubad Rayon"
 "!dissolved from its districts","Nakhchivan Autonomous Republic"),
("ABS","Absheron","Abşeron District","g:Absheron Rayon"),("AST","Astara","","g:Astara Rayon"),
("LAN","Lankaran","Lənkəran District","g:Lankaran Rayon"),("NEF","Neftchala","Neftçala District","g:Neftchala Rayon"),
("SBN","Shabran","Şabran District","g:Davachi Rayon!Davachi, its name until 2010"),("SIY","Siyazan","Siazan District|Siyəzən District","g:Siazan Rayon"),
("XAC","Khachmaz","Xaçmaz District","g:Khachmaz Rayon"),("XIZ","Khizi","Xızı District","g:Khizi Rayon"),
])

# -- Uganda: the 4 regions ISO 3166-2:UG lists at first level, each dissolved from the districts it places in
# it (its districts' parent region; Kibale, Bukomansimbi and Bukwa, which it spells otherwise or has split,
# by the region they lie in) ---------------------------------------------------------------------------
UG_DIST = "!region dissolved from its districts"
UG = rows("UG", "Region", [
("C","Central","","g:Buikwe District+Bukomansimbi District+Butambala District+Buvuma District+Gomba District+Kalangala District+Kalungu District+Kampala District+Kayunga District+Kiboga District+Kyankwanzi District+Luwero District+Lwengo District+Lyantonde District+Masaka District+Mityana District+Mpigi District+Mubende District+Mukono District+Nakaseke District+Nakasongola District+Rakai District+Sembabule District+Wakiso District" + UG_DIST),
("E","Eastern","","g:Amuria District+Budaka District+Bududa District+Bugiri District+Bukedea District+Bukwa District+Bulambuli District+Busia District+Butaleja District+Buyende District+Iganga District+Jinja District+Kaberamaido District+Kaliro District+Kamuli District+Kapchorwa District+Katakwi District+Kibuku District+Kumi District+Kween District+Luuka District+Manafwa District+Mayuge District+Mbale District+Namayingo District+Namutumba District+Ngora District+Pallisa District+Serere District+Sironko District+Soroti District+Tororo District" + UG_DIST),
("N","Northern","","g:Abim District+Adjumani District+Agago District+Alebtong District+Amolatar District+Amudat District+Amuru District+Apac District+Arua District+Dokolo District+Gulu District+Kaabong District+Kitgum District+Koboko District+Kole District+Kotido District+Lamwo District+Lira District+Maracha District+Moroto District+Moyo District+Nakapiripirit District+Napak District+Nebbi District+Nwoya District+Otuke District+Oyam District+Pader District+Yumbe District+Zombo District" + UG_DIST),
("W","Western","","g:Buhweju District+Bulisa District+Bundibugyo District+Bushenyi District+Hoima District+Ibanda District+Isingiro District+Kabale District+Kabarole District+Kamwenge District+Kanungu District+Kasese District+Kibale District+Kiruhura District+Kiryandongo District+Kisoro District+Kyegegwa District+Masindi District+Mbarara District+Mitoma District+Ntoroko District+Ntungamo District+Rubirizi District+Rukungiri District+Sheema District+Toro District" + UG_DIST),
])

# The fourth batch (countries with no divisions before), simplified as coarsely as Kazakhstan's regions
# (COARSER) but for the countries of small units
SMALL4 = {"CH", "CY", "QA", "KW", "GM", "TL", "RW", "LS", "SZ", "AM", "IL", "BN", "MU", "TT", "FJ", "SB", "GW", "BT"}
BATCH4 = (ET + GN + MN + LT + CY + CH + TM + GQ + BJ + TG + SL + MW + AT + CZ + SK + EE + BY + HU + AL + IL + KW + QA + AM + KG + TJ + UZ + ZW + SS + RW + LS + SZ + GM + TL + NE + KP
          + AF + BA + RS + TD + LA + BN + SB + BT + GW + FJ + MU + TT + BW + NP + AZ + UG)

NEW = (JP + FR + PH + VN + TH + TR + EG + GH + CI + KE + TZ + MZ + AO + SN + CM + CO + PE + EC + VE + PA + PG + PL + NL + BE
       + SE + NO + FI + DK + GR + PT + IR + IQ + OM + YE + BD + LK + MM + KH + TW + MA + DZ + TN + HN + GT + ZM
       + CD + NA + CR + UY + LR + GA + CG + DJ + JO + SY + LB + CU + JM + HT + NI + SV + BZ + SR + BO + PY + RO + BG + HR
       + RU + PH_PROVINCES + KZ + SO + GE + IE + DO + MR + SD + LY + ER + GY
       + BATCH4)

# Simplified more than the 0.01 degree of the others (build.py), so the shipped shapes stay small:
# Russia's federal subjects and Kazakhstan's regions, large and mostly inland, and the Philippines'
# provinces, beside its regions.
COARSER = {**dict.fromkeys((row[0] for row in RU), 0.05), **dict.fromkeys((row[0] for row in KZ if "City" not in row[1]), 0.03),
           **dict.fromkeys((row[0] for row in PH_PROVINCES), 0.03),
           **dict.fromkeys((row[0] for row in BATCH4 if row[0][:2] not in SMALL4), 0.03)}

WIKI_TITLES = {  # point rows whose Wikipedia page is not the row's name
"GH-NP": "Northern_Region_(Ghana)", "GH-TV": "Volta_Region", "GH-WP": "Western_Region_(Ghana)", "GH-AF": "Ahafo_Region",
"GH-BO": "Bono_Region", "GH-BE": "Bono_East_Region", "GH-NE": "North_East_Region", "GH-SV": "Savannah_Region_(Ghana)",
"GH-OT": "Oti_Region", "GH-WN": "Western_North_Region",
"CI-AB": "Abidjan", "CI-YM": "Yamoussoukro", "KE-30": "Nairobi", "TZ-14": "Mbeya_Region", "TZ-31": "Songwe_Region",
"PA-8": "Panamá_Province", "PA-10": "Panamá_Oeste_Province", "FI-01": "Åland", "TW-LIE": "Lienchiang_County",
"YE-SU": "Socotra_Governorate", "BD-C": "Dhaka_Division", "BD-H": "Mymensingh_Division", "MM-18": "Naypyidaw_Union_Territory",
"KH-3": "Kampong_Cham_province", "KH-25": "Tbong_Khmum_province", "TN-12": "Ariana_Governorate", "TN-14": "Manouba_Governorate",
"PG-SHM": "Southern_Highlands_Province", "PG-HLA": "Hela_Province", "PG-WHM": "Western_Highlands_Province", "PG-JWK": "Jiwaka_Province",
"MA-02": "Oriental_(Morocco)",
"CD-KG": "Kwango",
"PH-DAS": "Davao_del_Sur", "PH-DIN": "Dinagat_Islands", "PH-DVO": "Davao_Occidental",
"PH-MGN": "Maguindanao_del_Norte", "PH-MGS": "Maguindanao_del_Sur", "PH-SUN": "Surigao_del_Norte",
"KZ-79": "Shymkent", "SO-AW": "Awdal", "SO-SA": "Sanaag", "SO-SO": "Sool,_Somalia", "SO-TO": "Togdheer",
"SO-WO": "Maroodi_Jeex", "SD-GK": "West_Kordofan", "SD-KN": "North_Kordofan", "SD-KS": "South_Kordofan",
"ET-SE": "South_Ethiopia_Regional_State", "ET-SI": "Sidama_Region", "ET-SW": "South_West_Ethiopia_Peoples'_Region",
"GQ-DJ": "Djibloho", "QA-SH": "Al-Shahaniya", "SL-N": "Northern_Province,_Sierra_Leone",
"SL-NW": "North_West_Province,_Sierra_Leone", "TD-EE": "Ennedi_Est_(province)", "TD-EO": "Ennedi-Ouest_(region)", "BW-CH": "Chobe_District",
"NP-P1": "Koshi_Province", "NP-P2": "Madhesh_Province", "NP-P3": "Bagmati_Province", "NP-P4": "Gandaki_Province",
"NP-P6": "Karnali_Province",
}


def final(unsafe=UNSAFE):
    """(iso, name, aliases, spec) rows as table.py holds them, and {iso: url} for point rows."""
    out, wiki = [], {}
    for iso, full, short, extra, spec in NEW:
        names = []
        generic = next((g for g in LOWER_FORMS if full.endswith(" " + g)), None)
        if generic:
            names.append(full[: -len(generic)] + generic.lower())
        if short and short != full and short not in unsafe:
            names.append(short)
        names += [a for a in extra.split("|") if a]
        names = [n for n in dict.fromkeys(names) if n != full]
        out.append((iso, full, "|".join(names), spec))
        if spec.startswith("pt:"):
            wiki[iso] = W + WIKI_TITLES.get(iso, full.replace(" ", "_"))
    return out, wiki
