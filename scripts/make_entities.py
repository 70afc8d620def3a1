#!/usr/bin/env python3
"""Writes Assets/entities/{train,dev}.conll from the hand-written sentences below.

Every sentence was written for tagbench (no dataset was copied). Entities are marked
inline as [TYPE words] with TYPE one of PER, LOC, ORG, MISC; the script tokenises
(punctuation and the possessive 's split off) and writes BIO tags, one `word TAG` per
line and a blank line between sentences. Output is deterministic:

    python3 scripts/make_entities.py
"""
import pathlib
import re
import sys

TRAIN = r"""
[PER Maria Okafor] flew from [LOC Lagos] to [LOC Lisbon] on Tuesday morning.
The mayor of [LOC Valparaiso] opened the new library on Friday.
[ORG Northwind Rail] will add a night train between [LOC Vienna] and [LOC Zagreb] next spring.
My cousin [PER Tomasz] still plays the accordion at every wedding.
[PER Ingrid Halvorsen] won the [MISC Bergen Marathon] for the third year running.
We had dinner at a small [MISC Ethiopian] place near the river.
The [ORG Red Cross] sent two trucks of blankets to the flooded villages.
[PER Dr. Anjali Rao] teaches chemistry at the [ORG University of Leeds].
The storm moved slowly across [LOC Florida] and weakened over [LOC Georgia].
[PER Kenji] left his umbrella on the bus again.
[ORG Bluefin Foods] reported higher profits after a strong summer.
The old bridge over the [LOC Danube] was closed for repairs.
[PER Lucia Ferrante] signed with [ORG Juventus] for two more seasons.
Most of the guests spoke [MISC Portuguese], so the toasts took a while.
[PER Samuel Adeyemi] was elected chair of the [ORG Lagos Chamber of Commerce].
A heavy fog kept the ferries in port all afternoon.
[PER Grandma Rose] baked her famous lemon cake for the fair.
The [ORG World Health Organization] praised the vaccination drive in [LOC Ghana].
They hiked from [LOC Chamonix] up toward [LOC Mont Blanc] before sunrise.
[PER Priya] and [PER Arjun] opened a bookshop in [LOC Pune].
The [MISC Tour de France] passes through our town every few years.
[ORG Helix Labs] hired forty engineers in [LOC Austin] this quarter.
Nobody expected the rain to last the whole weekend.
[PER Olga Petrova] translated the novel from [MISC Russian] into [MISC French].
The museum in [LOC Kyoto] lent three scrolls to a gallery in [LOC Boston].
[PER Coach Daniels] told the team to rest before the final.
Fans of [ORG Celtic] filled the square after the match.
[PER Ahmed Yusuf] runs a repair shop on the edge of [LOC Cairo].
The [MISC Nobel Prize] in physics went to a team of three researchers.
Our neighbour [PER Mr. Lindqvist] grows tomatoes on his balcony.
[ORG Cedar Valley Bank] closed two branches in [LOC Ohio].
She crossed the [LOC Atlantic] alone in a small sailing boat.
[PER Carlos Mendes] scored twice as [ORG Benfica] beat [ORG Porto].
I bought a [MISC Japanese] knife that is far too sharp for me.
The volcano near [LOC Catania] sent a plume of ash into the sky.
[PER Fatima Zahra] is the first woman to lead the [ORG Moroccan Football Federation].
The lecture was long, but the questions afterwards were lively.
[ORG Skyward Airlines] cancelled all flights out of [LOC Denver] because of snow.
[PER Henrik] says the best coffee in [LOC Oslo] is near the harbour.
The [ORG Ministry of Education] announced longer summer holidays.
[PER Nadia Haddad] painted the mural on the wall of the [ORG Beirut Youth Centre].
Rice prices rose sharply across [LOC Southeast Asia] last year.
[PER Pablo] taught me how to make a proper [MISC Spanish] omelette.
The [LOC Amazon] carries more water than any other river.
[ORG Greenleaf Energy] built a wind farm off the coast of [LOC Denmark].
Two students from [LOC Nairobi] won the robotics contest.
[PER Professor Mei Lin] published a study on sleep and memory.
The [MISC Winter Olympics] will return to [LOC Norway] in a few years.
My phone died halfway through the call.
[PER Aisha Bello] opened a clinic in the north of [LOC Kano].
[ORG Arcadia Games] delayed its new title until the autumn.
The train from [LOC Milan] arrived forty minutes late.
[PER Jonas Weber] and [PER Lena Koch] got married in [LOC Hamburg].
The [ORG United Nations] held an emergency meeting on the drought.
Most [MISC Canadians] I know love the winter more than the summer.
[PER Tariq] fixed the leaking roof before the rains came.
The river [LOC Thames] froze over several times in past centuries.
[ORG Pinecrest High School] won the regional debate championship.
[PER Elena Sokolova] sang the lead role at the [ORG Bolshoi Theatre].
We rented bicycles and rode along the canals of [LOC Amsterdam].
[PER Mateo Rossi] works as a chef for [ORG Trattoria Sole] in [LOC Naples].
The children built a snowman taller than their father.
[ORG Quantix] agreed to buy a small startup from [LOC Tel Aviv].
[PER Sofia] read the letter twice and then laughed.
Floods cut off several towns in the south of [LOC Pakistan].
[PER Liam O'Connor] hopes to run for mayor of [LOC Galway].
The [MISC Brazilian] team celebrated with drums and dancing.
[PER Hana Kim] studies marine biology in [LOC Busan].
The [ORG National Weather Service] issued a heat warning for [LOC Arizona].
[PER Uncle Femi] drove all night to reach the wedding on time.
Tickets for the concert in [LOC Melbourne] sold out in an hour.
[ORG Brightwater Hospital] opened a new wing for children.
[PER Yara Costa] won a silver medal in the long jump.
He speaks [MISC Arabic] at home and [MISC English] at work.
The [LOC Sahara] is slowly spreading south, scientists warn.
[PER Mr. Tanaka] retired after forty years at [ORG Osaka Steel].
The festival in [LOC Edinburgh] fills every hotel in August.
[PER Grace Mwangi] ran the fastest time of the year in [LOC Eldoret].
[ORG Oakridge Council] voted to plant a thousand new trees.
We waited in line for hours, and the show was worth it.
[PER Diego Alvarez] flew home to [LOC Bogota] for the holidays.
The [MISC Dutch] painter spent his last years in [LOC France].
[ORG Sunridge Dairy] recalled a batch of yoghurt last week.
[PER Amara Diallo] is writing a book about her childhood in [LOC Dakar].
The mountains around [LOC Cusco] were covered in clouds.
[ORG Falcon Motors] unveiled an electric pickup truck in [LOC Detroit].
[PER Little Noah] lost his first tooth at breakfast.
The police in [LOC Manchester] are looking for a stolen van.
[PER Isabel Duarte] chairs the board of [ORG Atlas Insurance].
A rare [MISC Siberian] tiger was spotted near the border.
The ship sailed from [LOC Rotterdam] to [LOC Singapore] in three weeks.
[PER Wei Zhang] built a tiny robot that waters her plants.
[ORG Maplewood Library] now lends tools as well as books.
The [MISC Ramadan] market stays open until after midnight.
[PER Captain Moreau] steered the boat safely into [LOC Marseille].
Heavy snow closed the pass between [LOC Italy] and [LOC Switzerland].
[PER Rahul Mehta] left [ORG Infosys] to start his own firm.
The orchestra played a piece by a young [MISC Finnish] composer.
[PER Zoe] forgot her keys, so we climbed in through the window.
[ORG Harbor Light Bakery] sells out of bread by nine.
The [LOC Nile] floods were once the heartbeat of [LOC Egypt].
[PER Beatriz Lopes] teaches [MISC Portuguese] to refugees in [LOC Berlin].
Voters in [LOC Scotland] went to the polls on Thursday.
[ORG Evergreen Solar] laid off a fifth of its workers.
[PER Kofi Mensah] sold cocoa to traders from [LOC Accra].
The old lighthouse still stands at the tip of the island.
[PER Anna Novak] swam across the lake to raise money for the [ORG Children's Hospital].
[ORG Rivertown Rovers] have not lost a home game all season.
We listened to [MISC Cuban] music until the sun came up.
[PER Jamal Wright] will coach the [ORG Chicago Bulls] next year.
The earthquake shook buildings as far away as [LOC Lima].
[PER Mrs. Abernathy] complained about the noise from next door.
[ORG Nova Telecom] promised faster internet for rural [LOC Kenya].
[PER Sven Nilsson] carved a boat from a single oak trunk.
Snow fell on the hills above [LOC Sheffield] overnight.
[PER Leila Farahani] directed a film set in [LOC Tehran].
The [ORG European Central Bank] left interest rates unchanged.
[PER Ben] and I shared a pizza and watched the match.
[ORG Stonegate University] will offer free tuition to nurses.
The [MISC Mexican] restaurant on our street has a new chef.
[PER Ravi Shankar Iyer] led the rescue team through the night.
Tourists crowd the beaches of [LOC Bali] every summer.
[PER Chloe Martin] became the youngest captain of [ORG Lyon].
[ORG Westfield Post] printed its last paper edition on Sunday.
The farmers of [LOC Punjab] hope for rain this month.
[PER Ivan Horvat] restores old clocks in a shop in [LOC Split].
A [MISC German] firm will build the new metro line.
[PER Aunt Maggie] knits scarves for everyone in the family.
The road to [LOC Kathmandu] was blocked by a landslide.
[ORG Polar Outfitters] sells coats that can survive the [LOC Arctic].
[PER Yusuf Demir] opened a tea house in the old part of [LOC Istanbul].
The [MISC Olympic] flame arrived in the city by boat.
[PER Marta] painted the kitchen a bright yellow.
[ORG Kestrel Aerospace] tested a new engine in the [LOC Mojave Desert].
Hundreds of volunteers cleaned the beach after the oil spill.
[PER Obi Nwosu] plays bass in a band called [ORG The Night Owls].
The [ORG International Monetary Fund] lowered its growth forecast.
[PER Clara Jensen] walked from [LOC Copenhagen] to [LOC Stockholm] for charity.
The [MISC Irish] poet read from her new collection.
[ORG Meridian Health] opened clinics in three towns in [LOC Wales].
[PER Gabriel] says he will learn to swim this summer.
Wildfires forced thousands to leave their homes in [LOC California].
[PER Sara Cohen] argued the case before the [ORG Supreme Court].
The [LOC Andes] stretch along the whole western edge of [LOC South America].
[ORG Tidewater Fisheries] hopes the cod will come back.
[PER Elif] bakes bread every Saturday for her neighbours.
The [MISC Korean] film won the top prize at the festival.
[PER Thomas Becker] was fined for driving too fast through [LOC Munich].
A new bridge will link the island to the mainland.
[ORG Silverline Buses] will run extra services during the strike.
[PER Naledi Dlamini] sang at the opening of the stadium in [LOC Durban].
The [ORG Royal Society] gave her its highest medal.
[PER Marco] always orders the same thing and never regrets it.
Prices for flats in [LOC Dublin] keep climbing.
[PER Ayumi Sato] designed the new logo for [ORG Kintsugi Studio].
The [MISC Chinese New Year] parade wound through the old town.
[ORG Alder Creek Farm] sells eggs at the Sunday market.
[PER Hugo Laurent] sailed around [LOC Cape Horn] in winter.
Our flight to [LOC Reykjavik] was delayed by a storm.
[PER Miriam Katz] founded a choir for people who think they cannot sing.
[ORG Horizon Pharma] says its new drug eases migraines.
The [LOC Mekong] delta is one of the most fertile places on earth.
[PER Luca] spilled coffee on the only clean shirt he had.
[ORG Ironwood Construction] finished the school a month early.
A [MISC Swiss] watchmaker repaired my grandfather's watch.
[PER Paulo Santos] grew up in a fishing village near [LOC Recife].
The [ORG Federal Reserve] is expected to raise rates again.
[PER Freya] wants a dog, but her parents want a cat.
Thousands marched through [LOC Paris] to demand cleaner air.
[PER Dimitri Papadopoulos] runs a ferry between [LOC Piraeus] and the islands.
[ORG Lakeside Theatre] is staging an old comedy this winter.
The [MISC Scandinavian] winters are long and very dark.
[PER Asha Patel] was named head nurse at [ORG St. Mary's Hospital].
The lake behind the dam is lower than it has been in decades.
[ORG Copperfield Books] hosts a reading every Thursday night.
[PER Mohammed Al-Rashid] drove a taxi in [LOC Dubai] for ten years.
The [LOC Alps] attract skiers from all over [LOC Europe].
[PER Katarzyna Wisniewska] won the chess tournament in [LOC Krakow].
Our teacher made us read the poem out loud.
[ORG Redwood Credit Union] lent money to small farms.
[PER Jacob] tripped over the cat on his way downstairs.
The [MISC Indian] cricket team arrived in [LOC Sydney] on Monday.
[PER Noor Hassan] wrote a song about her mother's garden.
[ORG Blue Harbor Aquarium] welcomed a baby sea otter.
The [LOC Great Barrier Reef] is losing its colour as the sea warms.
[PER Antonio Ruiz] sold his vineyard in [LOC Rioja] last year.
[ORG Summit Outdoor Club] climbs a different peak every month.
Heavy traffic slowed the drive out of [LOC London] on Friday.
[PER Mei] practises the violin for two hours a day.
The [MISC Mongolian] herders move their camps with the seasons.
[PER Joseph Mbeki] started a football school in [LOC Soweto].
[ORG Crescent Moon Cafe] serves breakfast all day.
A [MISC Polish] engineer designed the new tram.
[PER Eva Lindgren] photographed the northern lights over [LOC Tromso].
The [ORG African Union] called for talks between the two sides.
[PER Felix] broke his arm falling off a skateboard.
Floodwater reached the doorsteps of houses in [LOC Venice].
[PER Rosa Jimenez] ran the family bakery in [LOC Seville] for thirty years.
[ORG Granite Peak Brewery] won a prize for its dark ale.
The [MISC Australian] swimmer broke the world record.
[PER Viktor Lund] will lead the expedition to [LOC Antarctica].
Everyone clapped when the last runner crossed the line.
[ORG Orchard Lane Primary] planted a garden in the playground.
[PER Layla] won the spelling bee with the word "rhythm".
The [LOC Gobi] is cold in winter and blazing hot in summer.
[PER Hiroshi Nakamura] built the temple gate by hand.
[ORG Starling Software] moved its headquarters to [LOC Toronto].
The [MISC Kenyan] runners took the first four places.
[PER Isaac Green] sued his landlord over the broken heating.
A pod of whales swam close to the shore near [LOC Hermanus].
[ORG Willow Park Zoo] named its new giraffe after a poet.
[PER Ngozi Eze] will speak at the conference in [LOC Geneva].
The [ORG Bank of England] warned that prices would keep rising.
[PER Emma] left a note on the fridge and went for a run.
The streets of [LOC Havana] are full of old cars.
[PER Rafael Moreno] is the new conductor of the [ORG Madrid Symphony Orchestra].
[ORG Thornbury Mills] makes wool blankets by hand.
The [MISC Greek] islands are crowded in July.
[PER Omar Farouk] teaches maths to night students in [LOC Alexandria].
We planted apple trees along the fence.
[ORG Vantage Electronics] recalled a phone charger that could overheat.
[PER Lotte de Vries] cycled across [LOC Belgium] in two days.
The [LOC Caspian Sea] is really the largest lake in the world.
[PER Carmen] sang to the baby until it fell asleep.
[ORG Northgate Police] arrested two men after the robbery.
The [MISC Argentine] tango club meets on Wednesdays.
[PER Tendai Moyo] guided us through the park in [LOC Zimbabwe].
Strong winds tore the roof off the church in [LOC Cork].
[PER Sebastian Wolf] coaches tennis at [ORG Lakeview Academy].
The [ORG Food and Agriculture Organization] warned of poor harvests.
[PER Nina] hung the washing out just before it rained.
The [LOC Rhine] flows past many castles on its way north.
[PER Abdullah Karimi] brought the carpets all the way from [LOC Herat].
[ORG Maple Leaf Movers] lost half of our boxes.
The [MISC Vietnamese] soup at the corner shop is the best in town.
[PER Alice Turner] wrote her thesis on bees.
The bridge in [LOC San Francisco] was closed for a parade.
[PER Chen Jie] won the prize for the best young scientist.
[ORG Golden Gate Ferries] added a late boat on weekends.
The [MISC Egyptian] pyramids drew more visitors than ever.
[PER Tomas Novotny] brews beer in a cellar in [LOC Prague].
Nobody could find the remote control.
[ORG Highland Wildlife Trust] counted more eagles this year.
[PER Inés Castillo] runs a radio show for farmers in [LOC Peru].
The [LOC Pacific] is wider than the moon.
[PER Kwame Boateng] sells solar lamps to villages in [LOC Ghana].
[ORG Lumen Books] will publish her first novel.
The [MISC Italian] grandmother refused to share her recipe.
[PER Magnus] chopped wood all afternoon for the stove.
Protests spread from the capital to smaller towns across [LOC Chile].
[PER Dr. Ruth Adler] warned that the virus was spreading fast.
[ORG Bay City Sharks] signed a goalkeeper from [LOC Uruguay].
The [LOC Baltic] coast is lined with pine forests.
[PER Yasmin] painted her nails blue for the party.
[ORG Cornerstone Church] feeds two hundred people every Sunday.
The [MISC Thai] boxing match drew a huge crowd.
[PER Stefan Ilic] teaches history at a school in [LOC Belgrade].
A swarm of bees settled on the school gate.
[ORG Eastbrook Water] asked people to save water during the drought.
[PER Lucy Chen] ran the length of [LOC New Zealand].
The [ORG World Bank] will fund a new port in [LOC Mombasa].
[PER Hamza] made a kite out of newspaper and string.
The lights of [LOC Hong Kong] glittered across the harbour.
[PER Agnes Muller] won the baking contest with a plum tart.
[ORG Prairie Wind Co-op] shares its tractors among twenty farms.
The [MISC Turkish] coffee was thick and very sweet.
[PER Pedro Gomes] was rescued after two days at sea off [LOC Angola].
Our street held its first party in ten years.
[ORG Aurora Ballet] will tour [LOC Japan] in the spring.
[PER Daniel Levi] opened a cinema in a former church in [LOC Haifa].
The [LOC Yangtze] is the longest river in [LOC Asia].
[PER Bella] hid the last biscuit behind the bread bin.
[ORG Kingsbridge Rowing Club] won the race by a length.
The [MISC Scottish] fiddler played until midnight.
[PER Ali Reza] fixes bicycles for free on Sundays.
Cold air from the north brought frost to [LOC Texas].
[PER Julia Schmidt] leads the research team at [ORG Vireo Biotech].
The kettle whistled, but nobody got up to turn it off.
[PER Oskar Berg] and his sister drove from [LOC Malmo] to [LOC Oslo] in one day.
After the match, the [MISC Welsh] fans sang in the rain for an hour.
[ORG Cobalt Mining] wants to dig a new pit near [LOC Kalgoorlie].
I never understood why the shop closes at four on Wednesdays.
[PER Mariam Tesfaye] opened a coffee house in [LOC Addis Ababa] with her brothers.
The [ORG Harwick Museum] returned a stolen statue to [LOC Cambodia].
Last winter the pipes froze and the whole street had no water.
[PER Jean-Luc Girard] runs the oldest bookshop in [LOC Quebec City].
Students at [ORG Eastfield College] built a boat out of plastic bottles.
[PER Benedikt] says [MISC Austrian] cake is better than [MISC German] cake.
Our dog barks at the postman but loves the milkman.
The [ORG Coastguard] searched the bay off [LOC Plymouth] all night.
[PER Rania Saleh] won a scholarship to study medicine in [LOC Amman].
[ORG Tallgrass Records] signed a young singer from [LOC Nashville].
The bus driver waited while an old man ran for the stop.
[PER Ewa Kowalczyk] swam in the [LOC Baltic] every morning of the year.
The [MISC Basque] language is unlike any other in [LOC Europe].
[PER Tunde Bakare] sells phones from a stall at the market in [LOC Ibadan].
[ORG Saffron Kitchen] will cook free meals for the firefighters.
It took three of us to carry the piano up the stairs.
[PER Kasia] and [PER Piotr] met at a dance class in [LOC Gdansk].
The [ORG Metro Transit Authority] raised fares by ten cents.
[PER Lars Eriksen] found an old [MISC Viking] sword in his field.
Nobody in our class had ever seen snow before that day.
[ORG Ferncliff Rangers] beat [ORG Dunmore United] in the cup final.
[PER Sunita Rao] crossed the [LOC Himalayas] on foot with two friends.
"""

DEV = r"""
[PER Adaeze Nwachukwu] moved from [LOC Enugu] to [LOC Toronto] to study law.
The council in [LOC Bristol] approved a new cycle path.
[ORG Lighthouse Media] bought two radio stations in [LOC Ireland].
[PER Mikkel] fell asleep on the train and missed his stop.
[PER Francesca Bruno] scored the winning goal for [ORG Roma].
The [MISC Peruvian] chef cooked with potatoes we had never seen.
[ORG Ridgeway Hospital] is looking for nurses who speak [MISC Polish].
Snow covered the streets of [LOC Montreal] by morning.
[PER Rashid Ali] drove the ambulance through the flooded streets.
The [ORG International Red Crescent] sent doctors to the border.
[PER Ellie] painted a picture of her dog for the school show.
[PER Goran Petrovic] won the cycling race from [LOC Ljubljana] to [LOC Trieste].
We found a quiet beach south of [LOC Lisbon].
[ORG Coral Bay Resort] closed for a month after the storm.
The [MISC Japanese] garden in the park is at its best in spring.
[PER Zainab Musa] was elected to the city council in [LOC Abuja].
The [LOC Volga] flows into the [LOC Caspian Sea].
[PER Erik Johansson] repairs fishing boats in [LOC Gothenburg].
[ORG Silver Birch School] held its sports day in the rain.
My brother forgot his passport at the airport.
[PER Lin Wei] sells dumplings from a cart near the station.
[ORG Crestview Pharmacy] stays open all night.
The [MISC French] president visited the flooded region.
[PER Marcus Johnson] signed a contract with the [ORG Boston Celtics].
Heavy rain caused landslides in the hills of [LOC Sri Lanka].
[PER Anya] knitted her grandfather a pair of thick socks.
The [ORG Ministry of Health] opened a hotline for worried parents.
[PER Salma Khan] teaches piano to children in [LOC Lahore].
The [LOC Himalayas] were clear and bright after the storm.
[ORG Harvest Moon Farms] grows pumpkins for the whole county.
[PER Pierre Dubois] sold his paintings at a market in [LOC Lyon].
The [MISC Nigerian] musician played to a packed hall.
[PER Tom] and [PER Jerry Walsh] ran a pub together in [LOC Leeds].
A strong earthquake struck the coast of [LOC Mexico].
[ORG Bright Path Charity] gives laptops to poor students.
[PER Ana Silva] won gold in the swimming final in [LOC Rio].
The [MISC Russian] ballet company will perform in [LOC London].
[PER Hassan] planted olive trees on his father's land.
[ORG Oceanic Shipping] lost a container in the storm.
The [LOC Black Forest] is famous for its cakes and clocks.
[PER Grete Olsen] climbed the highest peak in [LOC Norway].
The children sang songs while we cooked.
[ORG Glenwood Library] will close early on Friday.
[PER Femi Adebayo] starred in a film shot in [LOC Lagos].
The [MISC Spanish] king opened the new museum.
[PER Kai Yamamoto] built a cabin in the woods of [LOC Hokkaido].
[ORG Riverside Rugby Club] won its first cup in decades.
Traffic on the bridge into [LOC Brooklyn] was at a standstill.
[PER Sophie Laurent] translated the letters from [MISC German].
[ORG Eagle Peak Rangers] rescued two hikers from the snow.
The [LOC Mississippi] rose above its banks near [LOC Memphis].
[PER Yuki] taught her grandmother to send text messages.
[ORG Sterling Bank] will cut fees for young savers.
The [MISC Ghanaian] drummers led the parade.
[PER David Cohen] opened a bakery on the corner of our street.
The old mill in [LOC Yorkshire] has been turned into flats.
[ORG Bluebird Airways] started flights to [LOC Marrakech].
[PER Amina Yusuf] won the poetry prize at [ORG Makerere University].
We walked along the walls of [LOC Dubrovnik] at sunset.
The [MISC Canadian] team won the relay by a second.
[PER Leo] ate all the strawberries before dinner.
[ORG Meadowbrook Council] banned fireworks in the park.
[PER Farah Siddiqui] leads a team of engineers at [ORG Orbital Dynamics].
The [LOC Danube] freezes only in the coldest winters.
[PER Jonah] built a treehouse with his uncle.
Wind knocked down power lines across [LOC Quebec].
[PER Marisol Vega] grows coffee on a small farm in [LOC Colombia].
The [ORG Asian Development Bank] will lend money for new roads.
[PER Bjorn Svensson] sailed from [LOC Bergen] to the [LOC Faroe Islands].
The [MISC Vietnamese New Year] brings the whole family home.
[ORG Fairhaven Football Club] sold its stadium to pay its debts.
[PER Olivia Grant] spoke to the students about climate change.
The rain stopped just before the wedding began.
[PER Kemal Aydin] opened a shop selling carpets in [LOC Ankara].
[ORG Northstar Insurance] raised its prices again.
The [LOC Dead Sea] is shrinking every year.
[PER Isla] lost her glove somewhere in the park.
[ORG Westbrook Choir] sang carols at the train station.
"""


def tokens(text):
    """Words and punctuation as in the CoNLL data: a possessive 's is a token of its own,
    titles keep their full stop (Dr. Mr. Mrs. St.), hyphens and O'Connor stay inside words."""
    return re.findall(r"\b(?:Dr|Mr|Mrs|St)\.|'s\b|\w+(?:-\w+|'(?!s\b)\w+)*|[^\w\s]", text)


def tag(line):
    """(word, tag) pairs of one marked-up sentence."""
    out = []
    pos = 0
    for m in re.finditer(r"\[(PER|LOC|ORG|MISC) ([^\]]+)\]", line):
        out += [(w, "O") for w in tokens(line[pos:m.start()])]
        words = tokens(m.group(2))
        out += [(w, ("B-" if i == 0 else "I-") + m.group(1)) for i, w in enumerate(words)]
        pos = m.end()
    out += [(w, "O") for w in tokens(line[pos:])]
    return out


def sentences(block):
    lines = [l.strip() for l in block.strip().splitlines() if l.strip()]
    return [tag(l) for l in lines]


def write(path, sents):
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            for w, t in s:
                f.write(f"{w} {t}\n")
            f.write("\n")


def main():
    root = pathlib.Path(__file__).resolve().parent.parent / "Assets" / "entities"
    train, dev = sentences(TRAIN), sentences(DEV)
    write(root / "train.conll", train)
    write(root / "dev.conll", dev)
    for name, s in (("train", train), ("dev", dev)):
        counts = {}
        for sent in s:
            for _, t in sent:
                if t.startswith("B-"):
                    counts[t[2:]] = counts.get(t[2:], 0) + 1
        print(name, len(s), "sentences,", sum(map(len, s)), "tokens,", sum(counts.values()), "entities",
              dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
