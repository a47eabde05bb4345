# (id, name, aliases, source-spec)
# spec: "50:<adm1 name>"  -> rnaturalearthdata states50 (NE 50m admin_1) by name within the country
#       "q:<qgis name>[+<qgis name>]" -> QGIS world_map.gpkg states_provinces by name within the country
#       "qd:<how>" -> dissolve handled in build (ES by community, IT by region, GB by geounit)
#       "pt:<lon>,<lat>" -> point only; url = wikipedia page
US = [
("US-AL","Alabama","Ala."),("US-AK","Alaska",""),("US-AZ","Arizona","Ariz."),("US-AR","Arkansas","Ark."),
("US-CA","California","Calif."),("US-CO","Colorado","Colo."),("US-CT","Connecticut","Conn."),("US-DE","Delaware","Del."),
("US-DC","District of Columbia","D.C."),("US-FL","Florida","Fla."),("US-GA","Georgia","Ga."),("US-HI","Hawaii","Hawaiʻi|Hawai'i"),
("US-ID","Idaho",""),("US-IL","Illinois","Ill."),("US-IN","Indiana",""),("US-IA","Iowa",""),("US-KS","Kansas","Kan.|Kans."),
("US-KY","Kentucky","Ky."),("US-LA","Louisiana","La."),("US-ME","Maine",""),("US-MD","Maryland","Md."),("US-MA","Massachusetts","Mass."),
("US-MI","Michigan","Mich."),("US-MN","Minnesota","Minn."),("US-MS","Mississippi",""),("US-MO","Missouri","Mo."),("US-MT","Montana","Mont."),
("US-NE","Nebraska","Neb.|Nebr."),("US-NV","Nevada","Nev."),("US-NH","New Hampshire","N.H."),("US-NJ","New Jersey","N.J."),
("US-NM","New Mexico","N.M."),("US-NY","New York","N.Y.|New York State|New York state"),("US-NC","North Carolina","N.C."),
("US-ND","North Dakota","N.D."),("US-OH","Ohio",""),("US-OK","Oklahoma","Okla."),("US-OR","Oregon","Ore.|Oreg."),("US-PA","Pennsylvania","Pa."),
("US-RI","Rhode Island","R.I."),("US-SC","South Carolina","S.C."),("US-SD","South Dakota","S.D."),("US-TN","Tennessee","Tenn."),
("US-TX","Texas","Tex."),("US-UT","Utah",""),("US-VT","Vermont","Vt."),("US-VA","Virginia","Va."),
("US-WA","Washington","Wash.|Washington State|Washington state"),("US-WV","West Virginia","W.Va.|W. Va."),("US-WI","Wisconsin","Wis.|Wisc."),
("US-WY","Wyoming","Wyo."),
]
US = [(i, n, a, "50:" + n) for i, n, a in US]

CA = [
("CA-AB","Alberta","Alta.","Alberta"),("CA-BC","British Columbia","B.C.","British Columbia"),("CA-MB","Manitoba","","Manitoba"),
("CA-NB","New Brunswick","N.B.","New Brunswick"),("CA-NL","Newfoundland and Labrador","Newfoundland|N.L.|Nfld.","Newfoundland and Labrador"),
("CA-NS","Nova Scotia","N.S.","Nova Scotia"),("CA-NT","Northwest Territories","N.W.T.","Northwest Territories"),("CA-NU","Nunavut","","Nunavut"),
("CA-ON","Ontario","Ont.","Ontario"),("CA-PE","Prince Edward Island","P.E.I.","Prince Edward Island"),("CA-QC","Quebec","Québec|Que.","Québec"),
("CA-SK","Saskatchewan","Sask.","Saskatchewan"),("CA-YT","Yukon","Yukon Territory","Yukon"),
]
AU = [
("AU-ACT","Australian Capital Territory","A.C.T.","Australian Capital Territory"),("AU-NSW","New South Wales","N.S.W.","New South Wales"),
("AU-NT","Northern Territory","","Northern Territory"),("AU-QLD","Queensland","Qld","Queensland"),("AU-SA","South Australia","","South Australia"),
("AU-TAS","Tasmania","Tas.","Tasmania"),("AU-VIC","Victoria","Vic.","Victoria"),("AU-WA","Western Australia","W.A.","Western Australia"),
]
BR = [
("BR-AC","Acre","","Acre"),("BR-AL","Alagoas","","Alagoas"),("BR-AP","Amapá","Amapa","Amapá"),("BR-AM","Amazonas","","Amazonas"),
("BR-BA","Bahia","","Bahia"),("BR-CE","Ceará","Ceara","Ceará"),("BR-DF","Federal District","Distrito Federal","Distrito Federal"),
("BR-ES","Espírito Santo","Espirito Santo","Espírito Santo"),("BR-GO","Goiás","Goias","Goiás"),("BR-MA","Maranhão","Maranhao","Maranhão"),
("BR-MT","Mato Grosso","","Mato Grosso"),("BR-MS","Mato Grosso do Sul","","Mato Grosso do Sul"),("BR-MG","Minas Gerais","","Minas Gerais"),
("BR-PA","Pará","Para","Pará"),("BR-PB","Paraíba","Paraiba","Paraíba"),("BR-PR","Paraná","Parana","Paraná"),("BR-PE","Pernambuco","","Pernambuco"),
("BR-PI","Piauí","Piaui","Piauí"),("BR-RJ","Rio de Janeiro","Rio de Janeiro state|Rio de Janeiro State","Rio de Janeiro"),
("BR-RN","Rio Grande do Norte","","Rio Grande do Norte"),("BR-RS","Rio Grande do Sul","","Rio Grande do Sul"),("BR-RO","Rondônia","Rondonia","Rondônia"),
("BR-RR","Roraima","","Roraima"),("BR-SC","Santa Catarina","","Santa Catarina"),("BR-SP","São Paulo","Sao Paulo|São Paulo state|Sao Paulo state","São Paulo"),
("BR-SE","Sergipe","","Sergipe"),("BR-TO","Tocantins","","Tocantins"),
]
CA = [(i, n, a, "50:" + s) for i, n, a, s in CA]
AU = [(i, n, a, "50:" + s) for i, n, a, s in AU]
BR = [(i, n, a, "50:" + s) for i, n, a, s in BR]

def prov(name, extra=""):
    a = f"{name} Province|{name} province"
    return a + ("|" + extra if extra else "")

CN = [
("CN-AH","Anhui",prov("Anhui"),"q:Anhui"),
("CN-BJ","Beijing Municipality","","q:Beijing"),
("CN-CQ","Chongqing Municipality","","q:Chongqing"),
("CN-FJ","Fujian",prov("Fujian","Fukien"),"q:Fujian"),
("CN-GS","Gansu",prov("Gansu","Kansu"),"q:Gansu"),
("CN-GD","Guangdong",prov("Guangdong","Kwangtung"),"q:Guangdong"),
("CN-GX","Guangxi","Guangxi Zhuang Autonomous Region|Guangxi region","q:Guangxi"),
("CN-GZ","Guizhou",prov("Guizhou","Kweichow"),"q:Guizhou"),
("CN-HI","Hainan",prov("Hainan"),"q:Hainan"),
("CN-HE","Hebei",prov("Hebei","Hopeh"),"q:Hebei"),
("CN-HL","Heilongjiang",prov("Heilongjiang"),"q:Heilongjiang"),
("CN-HA","Henan",prov("Henan","Honan"),"q:Henan"),
("CN-HB","Hubei",prov("Hubei","Hupeh"),"q:Hubei"),
("CN-HN","Hunan",prov("Hunan"),"q:Hunan"),
("CN-NM","Inner Mongolia","Inner Mongolia Autonomous Region|Nei Mongol","q:Inner Mongol"),
("CN-JS","Jiangsu",prov("Jiangsu","Kiangsu"),"q:Jiangsu"),
("CN-JX","Jiangxi",prov("Jiangxi","Kiangsi"),"q:Jiangxi"),
("CN-JL","Jilin",prov("Jilin","Kirin"),"q:Jilin"),
("CN-LN","Liaoning",prov("Liaoning"),"q:Liaoning"),
("CN-NX","Ningxia","Ningxia Hui Autonomous Region","q:Ningxia"),
("CN-QH","Qinghai",prov("Qinghai","Tsinghai"),"q:Qinghai"),
("CN-SN","Shaanxi",prov("Shaanxi","Shensi"),"q:Shaanxi"),
("CN-SD","Shandong",prov("Shandong","Shantung"),"q:Shandong"),
("CN-SH","Shanghai Municipality","","q:Shanghai"),
("CN-SX","Shanxi",prov("Shanxi","Shansi"),"q:Shanxi"),
("CN-SC","Sichuan",prov("Sichuan","Szechuan|Szechwan"),"q:Sichuan"),
("CN-TJ","Tianjin Municipality","","q:Tianjin"),
("CN-XZ","Tibet","Tibet Autonomous Region|Xizang","q:Xizang"),
("CN-XJ","Xinjiang","Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region|Sinkiang","q:Xinjiang"),
("CN-YN","Yunnan",prov("Yunnan"),"q:Yunnan"),
("CN-ZJ","Zhejiang",prov("Zhejiang","Chekiang"),"q:Zhejiang"),
]

def st(name, extra=""):
    return f"{name} state" + ("|" + extra if extra else "")

IN = [
("IN-AN","Andaman and Nicobar Islands","Andaman and Nicobar","q:Andaman and Nicobar"),
("IN-AP","Andhra Pradesh","","pt:79.7400,15.9129"),
("IN-AR","Arunachal Pradesh","","q:Arunachal Pradesh"),
("IN-AS","Assam","","q:Assam"),
("IN-BR","Bihar","","q:Bihar"),
("IN-CH","Union Territory of Chandigarh","","q:Chandigarh"),
("IN-CG","Chhattisgarh","Chattisgarh","q:Chhattisgarh"),
("IN-DH","Dadra and Nagar Haveli and Daman and Diu","","q:Dadra and Nagar Haveli+Daman and Diu"),
("IN-DL","National Capital Territory of Delhi","NCT of Delhi","q:Delhi"),
("IN-GA","Goa","","q:Goa"),
("IN-GJ","Gujarat","","q:Gujarat"),
("IN-HR","Haryana","","q:Haryana"),
("IN-HP","Himachal Pradesh","","q:Himachal Pradesh"),
("IN-JK","Jammu and Kashmir","Jammu & Kashmir","pt:75.0500,33.7000"),
("IN-JH","Jharkhand","","q:Jharkhand"),
("IN-KA","Karnataka","","q:Karnataka"),
("IN-KL","Kerala","","q:Kerala"),
("IN-LA","Ladakh","","pt:77.6000,34.2000"),
("IN-LD","Lakshadweep","","q:Lakshadweep"),
("IN-MP","Madhya Pradesh","","q:Madhya Pradesh"),
("IN-MH","Maharashtra","","q:Maharashtra"),
("IN-MN","Manipur","","q:Manipur"),
("IN-ML","Meghalaya","","q:Meghalaya"),
("IN-MZ","Mizoram","","q:Mizoram"),
("IN-NL","Nagaland","","q:Nagaland"),
("IN-OD","Odisha","Orissa","q:Orissa"),
("IN-PY","Puducherry","Pondicherry","q:Puducherry"),
("IN-PB","Punjab","","q:Punjab"),
("IN-RJ","Rajasthan","","q:Rajasthan"),
("IN-SK","Sikkim","","q:Sikkim"),
("IN-TN","Tamil Nadu","","q:Tamil Nadu"),
("IN-TG","Telangana","","pt:79.0000,17.8000"),
("IN-TR","Tripura","","q:Tripura"),
("IN-UP","Uttar Pradesh","","q:Uttar Pradesh"),
("IN-UK","Uttarakhand","Uttaranchal","q:Uttaranchal"),
("IN-WB","West Bengal","","q:West Bengal"),
]
PK = [
("PK-PB","Punjab","","q:Punjab"),
("PK-SD","Sindh","Sind","q:Sind"),
("PK-KP","Khyber Pakhtunkhwa","North-West Frontier Province|NWFP","q:K.P.+F.A.T.A."),
("PK-BA","Balochistan","Baluchistan","q:Baluchistan"),
("PK-IS","Islamabad Capital Territory","","q:F.C.T."),
("PK-GB","Gilgit-Baltistan","Gilgit Baltistan","q:Northern Areas"),
("PK-JK","Azad Jammu and Kashmir","Azad Kashmir","q:Azad Kashmir"),
]
MX = [
("MX-AGU","Aguascalientes","","Aguascalientes"),("MX-BCN","Baja California","","Baja California"),
("MX-BCS","Baja California Sur","","Baja California Sur"),("MX-CAM","Campeche","","Campeche"),("MX-CHP","Chiapas","","Chiapas"),
("MX-CHH","Chihuahua","","Chihuahua"),("MX-CMX","Ciudad de México","CDMX","Distrito Federal"),("MX-COA","Coahuila","","Coahuila"),
("MX-COL","Colima","","Colima"),("MX-DUR","Durango","","Durango"),("MX-GUA","Guanajuato","","Guanajuato"),("MX-GRO","Guerrero","","Guerrero"),
("MX-HID","Hidalgo","","Hidalgo"),("MX-JAL","Jalisco","","Jalisco"),("MX-MEX","State of Mexico","Estado de México|Mexico State|Edomex","México"),
("MX-MIC","Michoacán","Michoacan","Michoacán"),("MX-MOR","Morelos","","Morelos"),("MX-NAY","Nayarit","","Nayarit"),
("MX-NLE","Nuevo León","Nuevo Leon","Nuevo León"),("MX-OAX","Oaxaca","","Oaxaca"),("MX-PUE","Puebla","","Puebla"),
("MX-QUE","Querétaro","Queretaro","Querétaro"),("MX-ROO","Quintana Roo","","Quintana Roo"),("MX-SLP","San Luis Potosí","San Luis Potosi","San Luis Potosí"),
("MX-SIN","Sinaloa","","Sinaloa"),("MX-SON","Sonora","","Sonora"),("MX-TAB","Tabasco","","Tabasco"),("MX-TAM","Tamaulipas","","Tamaulipas"),
("MX-TLA","Tlaxcala","","Tlaxcala"),("MX-VER","Veracruz","","Veracruz"),("MX-YUC","Yucatán","Yucatan","Yucatán"),("MX-ZAC","Zacatecas","","Zacatecas"),
]
MX = [(i, n, a, "q:" + s) for i, n, a, s in MX]
ID = [
("ID-AC","Aceh","Nanggroe Aceh Darussalam","q:Aceh"),
("ID-SU","North Sumatra","Sumatera Utara","q:Sumatera Utara"),
("ID-SB","West Sumatra","Sumatera Barat","q:Sumatera Barat"),
("ID-RI","Riau","","q:Riau"),
("ID-KR","Riau Islands","Kepulauan Riau","q:Kepulauan Riau"),
("ID-JA","Jambi","","q:Jambi"),
("ID-SS","South Sumatra","Sumatera Selatan","q:Sumatera Selatan"),
("ID-BB","Bangka Belitung Islands","Bangka Belitung|Bangka-Belitung|Kepulauan Bangka Belitung","q:Bangka-Belitung"),
("ID-BE","Bengkulu","","q:Bengkulu"),
("ID-LA","Lampung","","q:Lampung"),
("ID-JK","Special Capital Region of Jakarta","DKI Jakarta|Jakarta Special Capital Region","q:Jakarta Raya"),
("ID-BT","Banten","","q:Banten"),
("ID-JB","West Java","Jawa Barat","q:Jawa Barat"),
("ID-JT","Central Java","Jawa Tengah","q:Jawa Tengah"),
("ID-YO","Special Region of Yogyakarta","Daerah Istimewa Yogyakarta","q:Yogyakarta"),
("ID-JI","East Java","Jawa Timur","q:Jawa Timur"),
("ID-BA","Bali","","q:Bali"),
("ID-NB","West Nusa Tenggara","Nusa Tenggara Barat","q:Nusa Tenggara Barat"),
("ID-NT","East Nusa Tenggara","Nusa Tenggara Timur","q:Nusa Tenggara Timur"),
("ID-KB","West Kalimantan","Kalimantan Barat","q:Kalimantan Barat"),
("ID-KT","Central Kalimantan","Kalimantan Tengah","q:Kalimantan Tengah"),
("ID-KS","South Kalimantan","Kalimantan Selatan","q:Kalimantan Selatan"),
("ID-KI","East Kalimantan","Kalimantan Timur","pt:116.5000,-0.3000"),
("ID-KU","North Kalimantan","Kalimantan Utara","pt:116.5000,3.0000"),
("ID-SA","North Sulawesi","Sulawesi Utara","q:Sulawesi Utara"),
("ID-GO","Gorontalo","","q:Gorontalo"),
("ID-ST","Central Sulawesi","Sulawesi Tengah","q:Sulawesi Tengah"),
("ID-SR","West Sulawesi","Sulawesi Barat","q:Sulawesi Barat"),
("ID-SN","South Sulawesi","Sulawesi Selatan","q:Sulawesi Selatan"),
("ID-SG","Southeast Sulawesi","Sulawesi Tenggara","q:Sulawesi Tenggara"),
("ID-MA","Maluku","","q:Maluku"),
("ID-MU","North Maluku","Maluku Utara","q:Maluku Utara"),
("ID-PA","Papua","","pt:139.6000,-2.6000"),
("ID-PB","West Papua","Papua Barat","pt:133.4000,-1.8000"),
]
RU = [
("RU-ARK","Arkhangelsk Oblast","Arkhangelsk region","q:Arkhangel'sk"),
("RU-AST","Astrakhan Oblast","Astrakhan region","q:Astrakhan'"),
("RU-CHU","Chukotka Autonomous Okrug","Chukotka","q:Chukchi Autonomous Okrug"),
("RU-DA","Republic of Dagestan","Dagestan|Daghestan","q:Dagestan"),
("RU-KGD","Kaliningrad Oblast","Kaliningrad region","q:Kaliningrad"),
("RU-KAM","Kamchatka Krai","Kamchatka region","q:Kamchatka"),
("RU-KR","Republic of Karelia","Karelia","q:Karelia"),
("RU-KHA","Khabarovsk Krai","Khabarovsk region","q:Khabarovsk"),
("RU-KDA","Krasnodar Krai","Krasnodar region","q:Krasnodar"),
("RU-KYA","Krasnoyarsk Krai","Krasnoyarsk region","q:Krasnoyarsk"),
("RU-LEN","Leningrad Oblast","Leningrad region","q:Leningrad"),
("RU-MAG","Magadan Oblast","Magadan region","q:Maga Buryatdan"),
("RU-MOS","Moscow Oblast","Moscow region","q:Moskovsskaya"),
("RU-MUR","Murmansk Oblast","Murmansk region","q:Murmansk"),
("RU-NEN","Nenets Autonomous Okrug","","q:Nenets"),
("RU-PRI","Primorsky Krai","Primorye|Primorsky region|Primorye region","q:Primor'ye"),
("RU-ROS","Rostov Oblast","Rostov region","q:Rostov"),
("RU-SA","Sakha Republic","Yakutia|Republic of Sakha","q:Sakha (Yakutia)"),
("RU-SAK","Sakhalin Oblast","Sakhalin region","q:Sakhalin"),
("RU-VGG","Volgograd Oblast","Volgograd region","q:Volgograd"),
("RU-YAN","Yamalo-Nenets Autonomous Okrug","Yamal-Nenets|Yamalo-Nenets","q:Yamal-Nenets"),
]
NG = [
("NG-AK","Akwa Ibom State","Akwa Ibom","q:Akwa Ibom"),
("NG-BY","Bayelsa State","Bayelsa","q:Bayelsa"),
("NG-CR","Cross River State","","q:Cross River"),
("NG-DE","Delta State","","q:Delta"),
("NG-LA","Lagos State","","q:Lagos"),
("NG-OG","Ogun State","","q:Ogun"),
("NG-ON","Ondo State","","q:Ondo"),
("NG-RI","Rivers State","","q:Rivers"),
]
MY = [
("MY-01","Johor","Johore","q:Johor"),("MY-02","Kedah","","q:Kedah"),("MY-03","Kelantan","","q:Kelantan"),
("MY-04","Malacca","Melaka","q:Melaka"),("MY-05","Negeri Sembilan","","q:Negeri Sembilan"),("MY-06","Pahang","","q:Pahang"),
("MY-07","Penang","Pulau Pinang","q:Pulau Pinang"),("MY-08","Perak","","q:Perak"),("MY-09","Perlis","","q:Perlis"),
("MY-10","Selangor","","q:Selangor"),("MY-11","Terengganu","Trengganu","q:Trengganu"),("MY-12","Sabah","","q:Sabah"),
("MY-13","Sarawak","","q:Sarawak"),
]
SA = [
("SA-01","Riyadh Province","Riyadh Region","q:Ar Riyad"),
("SA-02","Mecca Province","Makkah Province|Makkah Region","q:Makkah"),
("SA-03","Medina Province","Madinah Province|Al Madinah Province","q:Al Madinah"),
("SA-04","Eastern Province","Ash Sharqiyah Province|Eastern Region","q:Ash Sharqiyah"),
("SA-05","Al-Qassim Province","Qassim Province|Al-Qassim|Qassim","q:Al Quassim"),
("SA-06","Ha'il Province","Hail Province","q:Ha'il"),
("SA-07","Tabuk Province","","q:Tabuk"),
("SA-08","Northern Borders Province","Northern Borders","q:Al Hudud ash Shamaliyah"),
("SA-09","Jazan Province","Jizan Province","q:Jizan"),
("SA-10","Najran Province","","q:Najran"),
("SA-11","Al-Bahah Province","Al Bahah Province","q:Al Bahah"),
("SA-12","Al-Jawf Province","Al Jawf Province","q:Al Jawf"),
("SA-14","Asir Province","'Asir Province|Aseer","q:`Asir"),
]
AE = [
("AE-AZ","Emirate of Abu Dhabi","Abu Dhabi emirate","q:Abu Dhabi"),
("AE-AJ","Emirate of Ajman","Ajman emirate","q:Ajman"),
("AE-DU","Emirate of Dubai","Dubai emirate","q:Dubay"),
("AE-FU","Emirate of Fujairah","Fujairah emirate","q:Fujayrah"),
("AE-RK","Emirate of Ras Al Khaimah","Ras Al Khaimah emirate","q:Ras Al Khaymah"),
("AE-SH","Emirate of Sharjah","Sharjah emirate","q:Sharjah"),
("AE-UQ","Emirate of Umm Al Quwain","Umm Al Quwain emirate","q:Umm Al Qaywayn"),
]
CL = [
("CL-AI","Aysén Region","Aysen Region|Aisén Region|Aysén","q:Aisén del General Carlos Ibáñez del Campo"),
("CL-AN","Antofagasta Region","","q:Antofagasta"),
("CL-AP","Arica y Parinacota Region","Arica y Parinacota","q:Arica y Parinacota"),
("CL-AR","Araucanía Region","La Araucanía Region|Araucania Region|La Araucanía|Araucanía","q:La Araucanía"),
("CL-AT","Atacama Region","","q:Atacama"),
("CL-BI","Biobío Region","Bío Bío Region|Biobio Region","pt:-72.4000,-37.5000"),
("CL-CO","Coquimbo Region","","q:Coquimbo"),
("CL-LI","O'Higgins Region","Libertador General Bernardo O'Higgins Region","q:Libertador General Bernardo O'Higgins"),
("CL-LL","Los Lagos Region","Los Lagos","q:Los Lagos"),
("CL-LR","Los Ríos Region","Los Rios Region","q:Los Ríos"),
("CL-MA","Magallanes Region","Magallanes and Chilean Antarctica Region|Magallanes","q:Magallanes y Antártica Chilena"),
("CL-ML","Maule Region","","q:Maule"),
("CL-NB","Ñuble Region","Nuble Region","pt:-72.0000,-36.6000"),
("CL-RM","Santiago Metropolitan Region","Metropolitan Region of Santiago","q:Región Metropolitana de Santiago"),
("CL-TA","Tarapacá Region","Tarapaca Region","q:Tarapacá"),
("CL-VS","Valparaíso Region","Valparaiso Region","q:Valparaíso"),
]
def ap(name, extra=""):
    return extra
AR = [
("AR-B","Buenos Aires Province","Province of Buenos Aires|Buenos Aires province","Buenos Aires"),
("AR-K","Catamarca Province","","Catamarca"),("AR-H","Chaco Province","","Chaco"),("AR-U","Chubut Province","Chubut","Chubut"),
("AR-X","Córdoba Province","Cordoba Province","Córdoba"),("AR-W","Corrientes Province","","Corrientes"),
("AR-E","Entre Ríos Province","Entre Rios Province|Entre Ríos","Entre Ríos"),("AR-P","Formosa Province","","Formosa"),
("AR-Y","Jujuy Province","","Jujuy"),("AR-L","La Pampa Province","La Pampa","La Pampa"),("AR-F","La Rioja Province","","La Rioja"),
("AR-M","Mendoza Province","","Mendoza"),("AR-N","Misiones Province","","Misiones"),("AR-Q","Neuquén Province","Neuquen Province","Neuquén"),
("AR-R","Río Negro Province","Rio Negro Province","Río Negro"),("AR-A","Salta Province","","Salta"),("AR-J","San Juan Province","","San Juan"),
("AR-D","San Luis Province","","San Luis"),("AR-Z","Santa Cruz Province","","Santa Cruz"),("AR-S","Santa Fe Province","","Santa Fe"),
("AR-G","Santiago del Estero Province","","Santiago del Estero"),("AR-V","Tierra del Fuego Province","","Tierra del Fuego"),
("AR-T","Tucumán Province","Tucuman Province","Tucumán"),
]
AR = [(i, n, a, "q:" + s) for i, n, a, s in AR]
ZA = [
("ZA-EC","Eastern Cape","","q:Eastern Cape"),("ZA-FS","Free State","","q:Free State"),("ZA-GP","Gauteng","","q:Gauteng"),
("ZA-KZN","KwaZulu-Natal","KwaZulu Natal|KZN","q:KwaZulu-Natal"),("ZA-LP","Limpopo","","q:Limpopo"),("ZA-MP","Mpumalanga","","q:Mpumalanga"),
("ZA-NW","North West Province","","q:North West"),("ZA-NC","Northern Cape","","q:Northern Cape"),("ZA-WC","Western Cape","","q:Western Cape"),
]
ES = [
("ES-AN","Andalusia","Andalucía|Andalucia","Andalusia"),("ES-AR","Aragon","Aragón","Aragon"),("ES-AS","Asturias","Principality of Asturias","Asturias"),
("ES-CN","Canary Islands","Canaries|Islas Canarias","Canary"),("ES-CB","Cantabria","","Cantabria"),
("ES-CL","Castile and León","Castilla y León|Castile and Leon|Castilla y Leon","Castille and Leon"),
("ES-CM","Castilla–La Mancha","Castilla-La Mancha|Castile-La Mancha","Castille la Mancha"),
("ES-CT","Catalonia","Catalunya|Cataluña","Catalonia"),("ES-EX","Extremadura","","Extremadura"),("ES-GA","Galicia","","Galicia"),
("ES-IB","Balearic Islands","Balearics|Illes Balears","Balearic Islands"),("ES-RI","La Rioja","","La Rioja"),
("ES-MD","Community of Madrid","Madrid region","Madrid"),("ES-MC","Region of Murcia","Murcia region","Murcia"),
("ES-NC","Navarre","Navarra","Navarre"),("ES-PV","Basque Country","Euskadi","Basque Country"),
("ES-VC","Valencian Community","Valencia region|Comunitat Valenciana","Valencia"),
]
ES = [(i, n, a, "es:" + s) for i, n, a, s in ES]
IT = [
("IT-65","Abruzzo","Abruzzi","IT01"),("IT-77","Basilicata","","IT02"),("IT-78","Calabria","","IT03"),("IT-72","Campania","","IT04"),
("IT-45","Emilia-Romagna","Emilia Romagna","IT05"),("IT-36","Friuli Venezia Giulia","Friuli-Venezia Giulia","IT06"),("IT-62","Lazio","Latium","IT07"),
("IT-42","Liguria","","IT08"),("IT-25","Lombardy","Lombardia","IT09"),("IT-57","Marche","the Marches","IT10"),("IT-67","Molise","","IT11"),
("IT-21","Piedmont","Piemonte","IT12"),("IT-75","Apulia","Puglia","IT13"),("IT-88","Sardinia","Sardegna","IT14"),("IT-82","Sicily","Sicilia","IT15"),
("IT-52","Tuscany","Toscana","IT16"),("IT-32","Trentino-Alto Adige","Trentino-South Tyrol|Trentino-Alto Adige/Südtirol","IT17"),
("IT-55","Umbria","","IT18"),("IT-23","Aosta Valley","Valle d'Aosta","IT19"),("IT-34","Veneto","","IT20"),
]
IT = [(i, n, a, "it:" + s) for i, n, a, s in IT]
DE = [
("DE-BW","Baden-Württemberg","Baden-Wuerttemberg|Baden-Wurttemberg","q:Baden-Württemberg"),("DE-BY","Bavaria","Bayern","q:Bayern"),
("DE-BE","State of Berlin","","q:Berlin"),("DE-BB","Brandenburg","","q:Brandenburg"),
("DE-HB","Free Hanseatic City of Bremen","State of Bremen","q:Bremen"),("DE-HH","Free and Hanseatic City of Hamburg","State of Hamburg","q:Hamburg"),
("DE-HE","Hesse","Hessen","q:Hessen"),("DE-MV","Mecklenburg-Western Pomerania","Mecklenburg-Vorpommern|Mecklenburg-West Pomerania","q:Mecklenburg-Vorpommern"),
("DE-NI","Lower Saxony","Niedersachsen","q:Niedersachsen"),("DE-NW","North Rhine-Westphalia","Nordrhein-Westfalen|North Rhine Westphalia","q:Nordrhein-Westfalen"),
("DE-RP","Rhineland-Palatinate","Rheinland-Pfalz","q:Rheinland-Pfalz"),("DE-SL","Saarland","","q:Saarland"),("DE-SN","Saxony","Sachsen","q:Sachsen"),
("DE-ST","Saxony-Anhalt","Sachsen-Anhalt","q:Sachsen-Anhalt"),("DE-SH","Schleswig-Holstein","","q:Schleswig-Holstein"),
("DE-TH","Thuringia","Thüringen|Thuringen","q:Thüringen"),
]
GB = [
("GB-ENG","England","","gb:ENG"),("GB-NIR","Northern Ireland","","gb:NIR"),("GB-SCT","Scotland","","gb:SCT"),("GB-WLS","Wales","","gb:WLS"),
]
ALL = US + CA + AU + BR + CN + IN + PK + MX + ID + RU + NG + MY + SA + AE + CL + AR + ZA + ES + IT + DE + GB
WIKI = {  # point-only rows: where the location can be checked
"IN-AP": "https://en.wikipedia.org/wiki/Andhra_Pradesh",
"IN-TG": "https://en.wikipedia.org/wiki/Telangana",
"IN-JK": "https://en.wikipedia.org/wiki/Jammu_and_Kashmir_(union_territory)",
"IN-LA": "https://en.wikipedia.org/wiki/Ladakh",
"ID-KI": "https://en.wikipedia.org/wiki/East_Kalimantan",
"ID-KU": "https://en.wikipedia.org/wiki/North_Kalimantan",
"ID-PA": "https://en.wikipedia.org/wiki/Papua_(province)",
"ID-PB": "https://en.wikipedia.org/wiki/West_Papua_(province)",
"CL-BI": "https://en.wikipedia.org/wiki/Biob%C3%ADo_Region",
"CL-NB": "https://en.wikipedia.org/wiki/%C3%91uble_Region",
}
