#!/usr/bin/env python3
"""Generate the tagbench default corpus (Assets/corpus/{train,dev}.conllu).

The sentences below are original lyric-style lines written for this project
(no quotations of real song lyrics). Each line is one sentence in a compact
form: space-separated tokens `FORM/UPOS` or `FORM/UPOS/LEMMA` (the lemma is
given only where it differs from the lowercased form; PROPN and PUNCT lemmas
are the form itself). Tokenisation and tags follow UD English EWT conventions;
see Assets/README.md.

The output is deterministic: every 10th sentence (1-based positions 10, 20,
...) goes to dev.conllu, all others to train.conllu. The `# text` comment is
rebuilt from the tokens (no space before punctuation and split clitics such as
n't 's 'm 're 'll 've 'd, before the `na` of gon|na / wan|na and the `ta` of
got|ta, after `$`), and SpaceAfter=No is written wherever the text has no
space after a token.

Usage: python3 scripts/make_corpus.py [OUTDIR]   (default: Assets/corpus next
to this script's parent directory)
"""
import os
import sys

UPOS = set("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())
NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", "...", "%", "n't", "'s", "'m", "'re", "'ll", "'ve", "'d"}
NO_SPACE_AFTER = {"$"}

DATA = """
Oh/INTJ ,/PUNCT the/DET night/NOUN is/AUX/be young/ADJ and/CCONJ so/ADV are/AUX/be we/PRON ./PUNCT
I/PRON/I drove/VERB/drive all/DET night/NOUN to/PART see/VERB your/PRON face/NOUN ./PUNCT
The/DET highway/NOUN hums/VERB/hum beneath/ADP my/PRON tires/NOUN/tire ./PUNCT
Hey/INTJ ,/PUNCT do/AUX n't/PART/not you/PRON leave/VERB me/PRON/I here/ADV alone/ADJ ./PUNCT
We/PRON were/AUX/be dancing/VERB/dance on/ADP the/DET roof/NOUN in/ADP June/PROPN ./PUNCT
Nobody/PRON knows/VERB/know the/DET way/NOUN I/PRON/I feel/VERB tonight/NOUN ./PUNCT
Take/VERB my/PRON hand/NOUN and/CCONJ hold/VERB on/ADP ./PUNCT
The/DET city/NOUN lights/NOUN/light are/AUX/be burning/VERB/burn low/ADV ./PUNCT
Yeah/INTJ ,/PUNCT yeah/INTJ ,/PUNCT yeah/INTJ ./PUNCT
I/PRON/I ca/AUX/can n't/PART/not stop/VERB thinking/VERB/think about/ADP you/PRON ./PUNCT
She/PRON said/VERB/say goodbye/INTJ at/ADP the/DET station/NOUN door/NOUN ./PUNCT
Rain/NOUN keeps/VERB/keep falling/VERB/fall on/ADP the/DET empty/ADJ street/NOUN ./PUNCT
Where/ADV did/AUX/do you/PRON go/VERB ,/PUNCT my/PRON darling/NOUN ?/PUNCT
We/PRON 're/AUX/be gon/VERB/go na/PART/to dance/VERB until/SCONJ the/DET morning/NOUN comes/VERB/come ./PUNCT
I/PRON/I 've/AUX/have been/AUX/be waiting/VERB/wait here/ADV for/ADP hours/NOUN/hour ./PUNCT
Do/AUX n't/PART/not let/VERB the/DET cold/ADJ wind/NOUN break/VERB your/PRON heart/NOUN ./PUNCT
The/DET radio/NOUN plays/VERB/play our/PRON song/NOUN again/ADV ./PUNCT
Ooh/INTJ ,/PUNCT baby/NOUN ,/PUNCT baby/NOUN ./PUNCT
Turn/VERB the/DET music/NOUN up/ADP and/CCONJ let/VERB it/PRON shine/VERB ./PUNCT
Every/DET road/NOUN leads/VERB/lead back/ADV to/ADP you/PRON ./PUNCT
I/PRON/I left/VERB/leave my/PRON heart/NOUN in/ADP Memphis/PROPN ./PUNCT
Your/PRON eyes/NOUN/eye are/AUX/be brighter/ADJ/bright than/ADP the/DET moon/NOUN ./PUNCT
We/PRON had/VERB/have nothing/PRON but/ADP a/DET dream/NOUN and/CCONJ a/DET car/NOUN ./PUNCT
Is/AUX/be this/PRON love/NOUN or/CCONJ just/ADV the/DET summer/NOUN heat/NOUN ?/PUNCT
Tell/VERB me/PRON/I what/PRON you/PRON want/VERB from/ADP me/PRON/I ./PUNCT
The/DET stars/NOUN/star wo/AUX/will n't/PART/not wait/VERB for/ADP us/PRON/we forever/ADV ./PUNCT
I/PRON/I 'm/AUX/be not/PART afraid/ADJ of/ADP the/DET dark/ADJ anymore/ADV ./PUNCT
Hey/INTJ ,/PUNCT Maria/PROPN ,/PUNCT come/VERB on/ADP home/ADV ./PUNCT
Twenty/NUM miles/NOUN/mile to/PART go/VERB and/CCONJ the/DET tank/NOUN is/AUX/be dry/ADJ ./PUNCT
Whoa/INTJ ,/PUNCT what/DET a/DET night/NOUN ./PUNCT
She/PRON wore/VERB/wear a/DET yellow/ADJ dress/NOUN to/ADP the/DET county/NOUN fair/NOUN ./PUNCT
I/PRON/I should/AUX have/AUX told/VERB/tell you/PRON that/SCONJ I/PRON/I cared/VERB/care ./PUNCT
Your/PRON voice/NOUN is/AUX/be the/DET only/ADJ sound/NOUN I/PRON/I hear/VERB ./PUNCT
Let/VERB 's/PRON/we run/VERB away/ADV before/SCONJ the/DET sun/NOUN comes/VERB/come up/ADP ./PUNCT
There/PRON 's/VERB/be a/DET fire/NOUN burning/VERB/burn in/ADP my/PRON chest/NOUN ./PUNCT
The/DET neon/NOUN sign/NOUN says/VERB/say open/ADJ all/DET night/NOUN ./PUNCT
Do/AUX n't/PART/not cry/VERB ,/PUNCT it/PRON 's/AUX/be only/ADV rain/NOUN ./PUNCT
We/PRON danced/VERB/dance like/SCONJ nobody/PRON was/AUX/be watching/VERB/watch ./PUNCT
Gon/VERB/go na/PART/to find/VERB a/DET way/NOUN back/ADV home/ADV ./PUNCT
I/PRON/I wan/VERB/want na/PART/to hold/VERB you/PRON one/NUM more/ADJ time/NOUN ./PUNCT
The/DET train/NOUN is/AUX/be leaving/VERB/leave at/ADP half/NOUN past/ADP nine/NUM ./PUNCT
Hold/VERB me/PRON/I close/ADV and/CCONJ do/AUX n't/PART/not let/VERB go/VERB ./PUNCT
My/PRON heart/NOUN beats/VERB/beat like/ADP a/DET drum/NOUN ./PUNCT
You/PRON 're/AUX/be the/DET reason/NOUN I/PRON/I keep/VERB driving/VERB/drive ./PUNCT
Oh/INTJ no/INTJ ,/PUNCT not/PART again/ADV ./PUNCT
The/DET morning/NOUN came/VERB/come too/ADV soon/ADV ./PUNCT
I/PRON/I never/ADV meant/VERB/mean to/PART hurt/VERB you/PRON ./PUNCT
We/PRON 'll/AUX/will meet/VERB again/ADV in/ADP Chicago/PROPN ./PUNCT
Lonely/ADJ nights/NOUN/night and/CCONJ coffee/NOUN cups/NOUN/cup ./PUNCT
Why/ADV do/AUX you/PRON always/ADV leave/VERB so/ADV early/ADV ?/PUNCT
Sing/VERB it/PRON loud/ADV ,/PUNCT sing/VERB it/PRON proud/ADJ ./PUNCT
Down/ADP the/DET river/NOUN ,/PUNCT past/ADP the/DET mill/NOUN ./PUNCT
I/PRON/I remember/VERB the/DET smell/NOUN of/ADP your/PRON hair/NOUN ./PUNCT
Come/VERB dance/VERB with/ADP me/PRON/I beneath/ADP the/DET stars/NOUN/star ./PUNCT
The/DET whole/ADJ town/NOUN is/AUX/be sleeping/VERB/sleep now/ADV ./PUNCT
Nothing/PRON lasts/VERB/last forever/ADV ,/PUNCT they/PRON say/VERB ./PUNCT
We/PRON were/AUX/be young/ADJ and/CCONJ wild/ADJ and/CCONJ free/ADJ ./PUNCT
Baby/NOUN ,/PUNCT you/PRON know/VERB I/PRON/I 'd/AUX/would never/ADV lie/VERB ./PUNCT
Streetlights/NOUN/streetlight flicker/VERB in/ADP the/DET rain/NOUN ./PUNCT
I/PRON/I 'm/AUX/be gon/VERB/go na/PART/to write/VERB your/PRON name/NOUN on/ADP the/DET sky/NOUN ./PUNCT
Kiss/VERB me/PRON/I like/SCONJ the/DET world/NOUN is/AUX/be ending/VERB/end ./PUNCT
It/PRON 's/AUX/be a/DET long/ADJ way/NOUN down/ADV from/ADP here/ADV ./PUNCT
Hey/INTJ ,/PUNCT hey/INTJ ,/PUNCT hey/INTJ !/PUNCT
The/DET summer/NOUN ended/VERB/end far/ADV too/ADV soon/ADV ./PUNCT
We/PRON sat/VERB/sit on/ADP the/DET hood/NOUN of/ADP your/PRON old/ADJ Ford/PROPN ./PUNCT
Running/VERB/run through/ADP the/DET fields/NOUN/field of/ADP gold/NOUN ./PUNCT
Tomorrow/NOUN never/ADV came/VERB/come for/ADP us/PRON/we ./PUNCT
I/PRON/I do/AUX n't/PART/not need/VERB a/DET reason/NOUN to/PART love/VERB you/PRON ./PUNCT
The/DET clock/NOUN on/ADP the/DET wall/NOUN says/VERB/say three/NUM ./PUNCT
You/PRON said/VERB/say you/PRON 'd/AUX/would call/VERB ,/PUNCT but/CCONJ you/PRON never/ADV did/AUX/do ./PUNCT
My/PRON shoes/NOUN/shoe are/AUX/be worn/VERB/wear from/SCONJ walking/VERB/walk ./PUNCT
Oh/INTJ ,/PUNCT my/PRON heart/NOUN ,/PUNCT my/PRON poor/ADJ heart/NOUN ./PUNCT
Ride/VERB with/ADP me/PRON/I to/ADP the/DET edge/NOUN of/ADP town/NOUN ./PUNCT
The/DET jukebox/NOUN played/VERB/play a/DET sad/ADJ old/ADJ tune/NOUN ./PUNCT
Do/AUX n't/PART/not look/VERB back/ADV ,/PUNCT just/ADV keep/VERB moving/VERB/move ./PUNCT
Can/AUX you/PRON hear/VERB the/DET thunder/NOUN rolling/VERB/Roll ?/PUNCT
I/PRON/I found/VERB/find your/PRON letter/NOUN in/ADP a/DET drawer/NOUN ./PUNCT
She/PRON laughed/VERB/laugh and/CCONJ the/DET room/NOUN lit/VERB/light up/ADP ./PUNCT
We/PRON are/AUX/be the/DET kids/NOUN/kid of/ADP the/DET midnight/NOUN hour/NOUN ./PUNCT
Lay/VERB your/PRON head/NOUN on/ADP my/PRON shoulder/NOUN ./PUNCT
The/DET wind/NOUN blew/VERB/blow through/ADP the/DET open/ADJ window/NOUN ./PUNCT
I/PRON/I 'd/AUX/would give/VERB it/PRON all/DET to/PART see/VERB you/PRON smile/VERB ./PUNCT
Ten/NUM years/NOUN/year gone/VERB/go and/CCONJ I/PRON/I still/ADV miss/VERB you/PRON ./PUNCT
Whoa/INTJ ,/PUNCT oh/INTJ ,/PUNCT oh/INTJ ./PUNCT
Dancing/VERB/dance in/ADP the/DET kitchen/NOUN in/ADP our/PRON socks/NOUN/sock ./PUNCT
We/PRON chased/VERB/chase the/DET sunset/NOUN down/ADP the/DET coast/NOUN ./PUNCT
How/ADV could/AUX you/PRON leave/VERB without/ADP a/DET word/NOUN ?/PUNCT
I/PRON/I 'm/AUX/be tired/ADJ of/SCONJ running/VERB/run from/ADP the/DET truth/NOUN ./PUNCT
The/DET snow/NOUN is/AUX/be falling/VERB/fall soft/ADJ and/CCONJ slow/ADJ ./PUNCT
Call/VERB me/PRON/I when/ADV you/PRON get/VERB to/ADP Dallas/PROPN ./PUNCT
You/PRON 've/AUX/have got/VERB/get a/DET smile/NOUN that/PRON could/AUX stop/VERB a/DET war/NOUN ./PUNCT
There/PRON 's/VERB/be no/DET place/NOUN like/ADP home/NOUN ./PUNCT
We/PRON stayed/VERB/stay up/ADP talking/VERB/talk till/ADP the/DET dawn/NOUN ./PUNCT
Love/NOUN is/AUX/be a/DET river/NOUN ,/PUNCT deep/ADJ and/CCONJ wide/ADJ ./PUNCT
I/PRON/I heard/VERB/hear your/PRON song/NOUN on/ADP the/DET radio/NOUN ./PUNCT
Let/VERB the/DET good/ADJ times/NOUN/time roll/VERB ./PUNCT
Nobody/PRON told/VERB/tell me/PRON/I it/PRON would/AUX hurt/VERB this/ADV much/ADJ ./PUNCT
Bring/VERB your/PRON guitar/NOUN and/CCONJ your/PRON broken/ADJ heart/NOUN ./PUNCT
The/DET moon/NOUN hangs/VERB/hang low/ADV over/ADP Santa/PROPN Fe/PROPN ./PUNCT
I/PRON/I wo/AUX/will n't/PART/not forget/VERB the/DET way/NOUN you/PRON looked/VERB/look at/ADP me/PRON/I ./PUNCT
Do/AUX n't/PART/not stop/VERB ,/PUNCT do/AUX n't/PART/not stop/VERB now/ADV ./PUNCT
The/DET road/NOUN is/AUX/be long/ADJ and/CCONJ the/DET night/NOUN is/AUX/be cold/ADJ ./PUNCT
Every/DET time/NOUN you/PRON call/VERB my/PRON name/NOUN ,/PUNCT I/PRON/I fall/VERB ./PUNCT
Tears/NOUN/tear on/ADP my/PRON pillow/NOUN ,/PUNCT ghosts/NOUN/ghost in/ADP my/PRON bed/NOUN ./PUNCT
She/PRON 's/AUX/be dancing/VERB/dance on/ADP her/PRON/she own/ADJ tonight/NOUN ./PUNCT
I/PRON/I want/VERB you/PRON to/PART stay/VERB ./PUNCT
Yeah/INTJ ,/PUNCT we/PRON made/VERB/make it/PRON ./PUNCT
The/DET sky/NOUN was/AUX/be orange/ADJ/Orange over/ADP Phoenix/PROPN ./PUNCT
Hey/INTJ ,/PUNCT mister/NOUN ,/PUNCT can/AUX you/PRON spare/VERB a/DET dime/NOUN ?/PUNCT
We/PRON burned/VERB/burn the/DET bridges/NOUN/bridge one/NUM by/ADP one/NUM ./PUNCT
I/PRON/I miss/VERB the/DET sound/NOUN of/ADP your/PRON laughter/NOUN ./PUNCT
Oh/INTJ ,/PUNCT sweet/ADJ Caroline/PROPN ,/PUNCT where/ADV are/AUX/be you/PRON now/ADV ?/PUNCT
Life/NOUN is/AUX/be short/ADJ ,/PUNCT so/ADV let/VERB 's/PRON/we dance/VERB ./PUNCT
My/PRON daddy/NOUN drove/VERB/drive a/DET truck/NOUN for/ADP forty/NUM years/NOUN/year ./PUNCT
I/PRON/I keep/VERB your/PRON picture/NOUN in/ADP my/PRON wallet/NOUN ./PUNCT
The/DET fireflies/NOUN/firefly are/AUX/be out/ADV tonight/NOUN ./PUNCT
Hold/VERB on/ADP ,/PUNCT hold/VERB on/ADP ,/PUNCT the/DET storm/NOUN will/AUX pass/VERB ./PUNCT
We/PRON 're/AUX/be not/PART the/DET same/ADJ as/SCONJ we/PRON were/AUX/be ./PUNCT
Take/VERB the/DET long/ADJ way/NOUN home/ADV tonight/NOUN ./PUNCT
I/PRON/I 'm/AUX/be standing/VERB/stand at/ADP the/DET crossroads/NOUN ./PUNCT
She/PRON never/ADV said/VERB/say she/PRON loved/VERB/love me/PRON/I ./PUNCT
The/DET ocean/NOUN whispers/VERB secrets/NOUN/secret to/ADP the/DET shore/NOUN ./PUNCT
Give/VERB me/PRON/I one/NUM good/ADJ reason/NOUN to/PART stay/VERB ./PUNCT
I/PRON/I should/AUX have/AUX kissed/VERB/kiss you/PRON at/ADP the/DET gate/NOUN ./PUNCT
Regret/VERB is/AUX/be a/DET song/NOUN I/PRON/I know/VERB by/ADP heart/NOUN ./PUNCT
You/PRON broke/VERB/break my/PRON heart/NOUN on/ADP a/DET Tuesday/PROPN ./PUNCT
If/SCONJ I/PRON/I could/AUX turn/VERB back/ADV time/NOUN ,/PUNCT I/PRON/I 'd/AUX/would stay/VERB ./PUNCT
We/PRON let/VERB the/DET best/ADJ/good thing/NOUN slip/VERB away/ADV ./PUNCT
I/PRON/I 'm/AUX/be sorry/ADJ for/ADP the/DET words/NOUN/word I/PRON/I said/VERB/say ./PUNCT
Your/PRON name/NOUN still/ADV tastes/VERB/taste like/ADP honey/NOUN on/ADP my/PRON tongue/NOUN ./PUNCT
Maybe/ADV we/PRON were/AUX/be never/ADV meant/VERB/mean to/PART be/AUX ./PUNCT
I/PRON/I wrote/VERB/write you/PRON letters/NOUN/letter I/PRON/I never/ADV sent/VERB/send ./PUNCT
Every/DET promise/NOUN turned/VERB/turn to/ADP dust/NOUN ./PUNCT
You/PRON were/AUX/be the/DET one/NOUN I/PRON/I could/AUX n't/PART/not keep/VERB ./PUNCT
I/PRON/I burned/VERB/burn your/PRON photos/NOUN/photo in/ADP the/DET sink/NOUN ./PUNCT
Why/ADV did/AUX/do n't/PART/not I/PRON/I say/VERB it/PRON when/ADV I/PRON/I had/VERB/have the/DET chance/NOUN ?/PUNCT
The/DET silence/NOUN after/SCONJ you/PRON left/VERB/leave was/AUX/be loud/ADJ ./PUNCT
I/PRON/I hope/VERB he/PRON treats/VERB/treat you/PRON better/ADV/well than/SCONJ I/PRON/I did/AUX/do ./PUNCT
Forgive/VERB me/PRON/I ,/PUNCT I/PRON/I was/AUX/be young/ADJ and/CCONJ blind/ADJ ./PUNCT
The/DET ring/NOUN is/AUX/be still/ADV in/ADP my/PRON pocket/NOUN ./PUNCT
I/PRON/I keep/VERB replaying/VERB/replay that/DET final/ADJ night/NOUN ./PUNCT
You/PRON said/VERB/say forever/ADV ,/PUNCT but/CCONJ forever/ADV ended/VERB/end ./PUNCT
We/PRON fought/VERB/fight about/ADP the/DET stupid/ADJ things/NOUN/thing ./PUNCT
Love/NOUN is/AUX/be n't/PART/not always/ADV enough/ADJ ,/PUNCT I/PRON/I guess/VERB ./PUNCT
I/PRON/I watched/VERB/watch you/PRON walk/VERB away/ADV and/CCONJ did/AUX/do n't/PART/not move/VERB ./PUNCT
My/PRON pride/NOUN cost/VERB me/PRON/I everything/PRON ./PUNCT
If/SCONJ only/ADV I/PRON/I had/AUX/have listened/VERB/listen to/ADP you/PRON ./PUNCT
The/DET door/NOUN closed/VERB/close soft/ADV behind/ADP you/PRON ./PUNCT
I/PRON/I traded/VERB/trade gold/NOUN for/ADP broken/ADJ glass/NOUN ./PUNCT
Your/PRON coat/NOUN still/ADV hangs/VERB/hang behind/ADP my/PRON door/NOUN ./PUNCT
Some/DET mistakes/NOUN/mistake you/PRON carry/VERB like/ADP stones/NOUN/stone ./PUNCT
I/PRON/I was/AUX/be wrong/ADJ ,/PUNCT and/CCONJ you/PRON were/AUX/be right/ADJ ./PUNCT
Do/AUX n't/PART/not tell/VERB me/PRON/I it/PRON 's/AUX/be too/ADV late/ADJ ./PUNCT
We/PRON could/AUX have/AUX been/AUX/be something/PRON beautiful/ADJ ./PUNCT
The/DET flowers/NOUN/flower died/VERB/die on/ADP the/DET windowsill/NOUN ./PUNCT
I/PRON/I counted/VERB/count every/DET step/NOUN you/PRON took/VERB/take away/ADV ./PUNCT
There/PRON 's/VERB/be an/DET/a empty/ADJ chair/NOUN at/ADP every/DET table/NOUN ./PUNCT
I/PRON/I miss/VERB the/DET way/NOUN you/PRON said/VERB/say my/PRON name/NOUN ./PUNCT
You/PRON deserved/VERB/deserve a/DET better/ADJ/good man/NOUN than/ADP me/PRON/I ./PUNCT
Goodbye/NOUN was/AUX/be the/DET hardest/ADJ/hard word/NOUN ./PUNCT
I/PRON/I lost/VERB/lose you/PRON in/ADP the/DET crowd/NOUN of/ADP my/PRON own/ADJ fears/NOUN/fear ./PUNCT
Sometimes/ADV I/PRON/I still/ADV set/VERB two/NUM cups/NOUN/cup out/ADP ./PUNCT
My/PRON mother/NOUN warned/VERB/warn me/PRON/I about/ADP boys/NOUN/boy like/ADP you/PRON ./PUNCT
I/PRON/I told/VERB/tell a/DET lie/NOUN ,/PUNCT and/CCONJ the/DET lie/NOUN grew/VERB/grow wings/NOUN/wing ./PUNCT
Your/PRON perfume/NOUN lingers/VERB/linger on/ADP my/PRON sweater/NOUN ./PUNCT
We/PRON were/AUX/be a/DET fire/NOUN that/PRON burned/VERB/burn too/ADV fast/ADV ./PUNCT
Now/ADV the/DET ashes/NOUN/ash blow/VERB across/ADP the/DET yard/NOUN ./PUNCT
I/PRON/I 'd/AUX/would trade/VERB my/PRON soul/NOUN for/ADP one/NUM more/ADJ dance/NOUN ./PUNCT
You/PRON never/ADV answered/VERB/answer when/ADV I/PRON/I called/VERB/call ./PUNCT
Our/PRON song/NOUN came/VERB/come on/ADP at/ADP the/DET grocery/NOUN store/NOUN ./PUNCT
I/PRON/I cried/VERB/cry in/ADP aisle/NOUN seven/NUM ./PUNCT
Please/INTJ do/AUX n't/PART/not hate/VERB me/PRON/I for/SCONJ leaving/VERB/leave ./PUNCT
The/DET last/ADJ time/NOUN I/PRON/I saw/VERB/see you/PRON ,/PUNCT you/PRON were/AUX/be smiling/VERB/smile ./PUNCT
I/PRON/I did/AUX/do n't/PART/not know/VERB it/PRON was/AUX/be the/DET last/ADJ time/NOUN ./PUNCT
Second/ADJ chances/NOUN/chance are/AUX/be hard/ADJ to/PART find/VERB ./PUNCT
Can/AUX we/PRON start/VERB over/ADV ,/PUNCT just/ADV you/PRON and/CCONJ me/PRON/I ?/PUNCT
I/PRON/I broke/VERB/break the/DET promise/NOUN I/PRON/I made/VERB/make in/ADP May/PROPN ./PUNCT
Your/PRON little/ADJ brother/NOUN still/ADV asks/VERB/ask about/ADP me/PRON/I ./PUNCT
The/DET ghosts/NOUN/ghost of/ADP us/PRON/we are/AUX/be dancing/VERB/dance in/ADP the/DET hall/NOUN ./PUNCT
I/PRON/I 'm/AUX/be learning/VERB/learn how/ADV to/PART sleep/VERB alone/ADV ./PUNCT
Your/PRON side/NOUN of/ADP the/DET bed/NOUN is/AUX/be cold/ADJ ./PUNCT
Hearts/NOUN/heart do/AUX n't/PART/not mend/VERB like/SCONJ they/PRON used/VERB/use to/PART ./PUNCT
I/PRON/I said/VERB/say things/NOUN/thing I/PRON/I did/AUX/do n't/PART/not mean/VERB ./PUNCT
You/PRON walked/VERB/walk out/ADP into/ADP the/DET pouring/VERB/pour rain/NOUN ./PUNCT
Maybe/ADV someday/NOUN you/PRON 'll/AUX/will understand/VERB ./PUNCT
I/PRON/I kept/VERB/keep your/PRON sweater/NOUN and/CCONJ your/PRON secrets/NOUN/secret ./PUNCT
I/PRON/I should/AUX have/AUX fought/VERB/fight for/ADP us/PRON/we ./PUNCT
Wasted/ADJ years/NOUN/year and/CCONJ faded/VERB/fade photographs/NOUN/photograph ./PUNCT
The/DET blame/NOUN is/AUX/be mine/PRON/my to/PART carry/VERB ./PUNCT
I/PRON/I 'm/AUX/be haunted/VERB/haunt by/ADP the/DET things/NOUN/thing I/PRON/I did/AUX/do n't/PART/not do/VERB ./PUNCT
We/PRON were/AUX/be careless/ADJ with/ADP a/DET precious/ADJ thing/NOUN ./PUNCT
Oh/INTJ ,/PUNCT how/ADV I/PRON/I wish/VERB I/PRON/I 'd/AUX/would stayed/VERB/stay ./PUNCT
Love/VERB me/PRON/I ,/PUNCT or/CCONJ let/VERB me/PRON/I go/VERB ./PUNCT
If/SCONJ you/PRON come/VERB back/ADV ,/PUNCT I/PRON/I 'll/AUX/will be/AUX waiting/VERB/wait ./PUNCT
Your/PRON goodbye/NOUN echoes/VERB/echo in/ADP the/DET stairwell/NOUN ./PUNCT
I/PRON/I never/ADV learned/VERB/learn to/PART say/VERB I/PRON/I 'm/AUX/be sorry/ADJ ./PUNCT
The/DET years/NOUN/year went/VERB/go by/ADV like/ADP passing/VERB/pass trains/NOUN/train ./PUNCT
I/PRON/I 'm/AUX/be a/DET fool/NOUN for/SCONJ loving/VERB/love you/PRON ./PUNCT
She/PRON 's/AUX/be gone/VERB/go ,/PUNCT and/CCONJ the/DET house/NOUN is/AUX/be quiet/ADJ ./PUNCT
I/PRON/I ai/AUX/be n't/PART/not the/DET man/NOUN I/PRON/I used/VERB/use to/PART be/AUX ./PUNCT
Old/ADJ love/NOUN letters/NOUN/letter in/ADP a/DET shoebox/NOUN ./PUNCT
Tell/VERB your/PRON sister/NOUN I/PRON/I said/VERB/say hello/INTJ ./PUNCT
I/PRON/I 'm/AUX/be not/PART crying/VERB/cry ,/PUNCT it/PRON 's/AUX/be just/ADV the/DET rain/NOUN ./PUNCT
We/PRON built/VERB/build a/DET castle/NOUN out/ADP of/ADP sand/NOUN ./PUNCT
The/DET tide/NOUN came/VERB/come in/ADV and/CCONJ took/VERB/take it/PRON all/DET ./PUNCT
Every/DET night/NOUN I/PRON/I pray/VERB you/PRON 're/AUX/be happy/ADJ ./PUNCT
I/PRON/I still/ADV drive/VERB past/ADP your/PRON house/NOUN ./PUNCT
Your/PRON dog/NOUN still/ADV knows/VERB/know my/PRON whistle/NOUN ./PUNCT
What/PRON went/VERB/go wrong/ADJ between/ADP us/PRON/we ?/PUNCT
Sorry/ADJ does/AUX/do n't/PART/not fix/VERB a/DET broken/ADJ heart/NOUN ./PUNCT
I/PRON/I wish/VERB I/PRON/I 'd/AUX/would held/VERB/hold you/PRON longer/ADV/long ./PUNCT
Your/PRON laughter/NOUN used/VERB/use to/PART fill/VERB this/DET room/NOUN ./PUNCT
We/PRON drifted/VERB/drift like/ADP two/NUM paper/NOUN boats/NOUN/boat ./PUNCT
I/PRON/I signed/VERB/sign my/PRON name/NOUN and/CCONJ lost/VERB/lose your/PRON love/NOUN ./PUNCT
I/PRON/I gave/VERB/give you/PRON all/DET I/PRON/I had/VERB/have ./PUNCT
It/PRON was/AUX/be n't/PART/not enough/ADJ ,/PUNCT was/AUX/be it/PRON ?/PUNCT
Your/PRON mama/NOUN never/ADV liked/VERB/like me/PRON/I much/ADV ./PUNCT
I/PRON/I 'm/AUX/be still/ADV wearing/VERB/wear the/DET watch/NOUN you/PRON gave/VERB/give me/PRON/I ./PUNCT
The/DET wound/NOUN is/AUX/be healing/VERB/heal ,/PUNCT slow/ADV but/CCONJ sure/ADJ ./PUNCT
Some/DET nights/NOUN/night I/PRON/I forget/VERB ,/PUNCT some/DET nights/NOUN/night I/PRON/I do/AUX n't/PART/not ./PUNCT
I/PRON/I should/AUX 've/AUX/have called/VERB/call you/PRON back/ADV ./PUNCT
Dear/ADJ Jenny/PROPN ,/PUNCT I/PRON/I 'm/AUX/be sorry/ADJ ./PUNCT
Twelve/NUM roses/NOUN/rose ,/PUNCT one/NUM for/ADP every/DET month/NOUN ./PUNCT
Our/PRON initials/NOUN/initial on/ADP the/DET old/ADJ oak/NOUN tree/NOUN ./PUNCT
The/DET rain/NOUN washed/VERB/wash our/PRON footprints/NOUN/footprint away/ADV ./PUNCT
You/PRON were/AUX/be my/PRON first/ADJ and/CCONJ my/PRON last/ADJ ./PUNCT
I/PRON/I let/VERB you/PRON down/ADP ,/PUNCT and/CCONJ I/PRON/I know/VERB it/PRON ./PUNCT
Regrets/NOUN/regret are/AUX/be heavy/ADJ in/ADP the/DET dark/ADJ ./PUNCT
We/PRON never/ADV said/VERB/say the/DET important/ADJ things/NOUN/thing ./PUNCT
I/PRON/I 'm/AUX/be tired/ADJ of/SCONJ missing/VERB/miss you/PRON ./PUNCT
Do/AUX n't/PART/not waste/VERB your/PRON tears/NOUN/tear on/ADP me/PRON/I ./PUNCT
Your/PRON key/NOUN still/ADV fits/VERB/fit my/PRON lock/NOUN ./PUNCT
You/PRON deserve/VERB the/DET sun/NOUN ,/PUNCT and/CCONJ I/PRON/I was/AUX/be rain/NOUN ./PUNCT
I/PRON/I 'm/AUX/be sorry/ADJ ,/PUNCT Mama/PROPN ,/PUNCT I/PRON/I 'm/AUX/be sorry/ADJ ./PUNCT
Forgive/VERB and/CCONJ forget/VERB ,/PUNCT that/PRON 's/AUX/be what/PRON they/PRON say/VERB ./PUNCT
I/PRON/I ca/AUX/can n't/PART/not forgive/VERB myself/PRON ./PUNCT
Honey/NOUN ,/PUNCT I/PRON/I was/AUX/be lost/ADJ without/ADP you/PRON ./PUNCT
New/ADJ York/PROPN never/ADV sleeps/VERB/sleep ,/PUNCT and/CCONJ neither/CCONJ do/AUX I/PRON/I ./PUNCT
Paris/PROPN in/ADP the/DET spring/NOUN was/AUX/be made/VERB/make for/ADP us/PRON/we ./PUNCT
We/PRON took/VERB/take the/DET bus/NOUN to/ADP Baltimore/PROPN ./PUNCT
The/DET bridges/NOUN/bridge of/ADP Pittsburgh/PROPN glow/VERB at/ADP night/NOUN ./PUNCT
I/PRON/I got/VERB/get lost/ADJ on/ADP the/DET streets/NOUN/street of/ADP Lisbon/PROPN ./PUNCT
Meet/VERB me/PRON/I at/ADP the/DET corner/NOUN of/ADP Fifth/PROPN and/CCONJ Main/PROPN ./PUNCT
Tokyo/PROPN shines/VERB/shine like/ADP a/DET thousand/NUM suns/NOUN/sun ./PUNCT
The/DET taxi/NOUN smelled/VERB/smell of/ADP smoke/NOUN and/CCONJ rain/NOUN ./PUNCT
I/PRON/I grew/VERB/grow up/ADP in/ADP a/DET town/NOUN called/VERB/call Harmony/PROPN ./PUNCT
Nashville/PROPN ,/PUNCT here/ADV I/PRON/I come/VERB ./PUNCT
The/DET subway/NOUN rumbles/VERB/rumble under/ADP my/PRON feet/NOUN/foot ./PUNCT
Chicago/PROPN wind/NOUN cuts/VERB/cut through/ADP my/PRON coat/NOUN ./PUNCT
We/PRON sold/VERB/sell our/PRON records/NOUN/record on/ADP Bourbon/PROPN Street/PROPN ./PUNCT
The/DET skyline/NOUN cuts/VERB/cut the/DET evening/NOUN sky/NOUN ./PUNCT
Sirens/NOUN/siren singing/VERB/sing in/ADP the/DET distance/NOUN ./PUNCT
I/PRON/I rented/VERB/rent a/DET room/NOUN above/ADP the/DET laundromat/NOUN ./PUNCT
The/DET bakery/NOUN opens/VERB/open at/ADP five/NUM ./PUNCT
Downtown/ADV the/DET lights/NOUN/light are/AUX/be changing/VERB/change ./PUNCT
Rooftops/NOUN/rooftop and/CCONJ fire/NOUN escapes/NOUN/escape ./PUNCT
My/PRON apartment/NOUN has/VERB/have a/DET view/NOUN of/ADP the/DET parking/NOUN lot/NOUN ./PUNCT
From/ADP Denver/PROPN down/ADP to/ADP Albuquerque/PROPN ./PUNCT
The/DET whole/ADJ of/ADP London/PROPN is/AUX/be wet/ADJ tonight/NOUN ./PUNCT
We/PRON walked/VERB/walk across/ADP the/DET Brooklyn/PROPN Bridge/PROPN ./PUNCT
The/DET city/NOUN swallows/VERB/swallow every/DET dream/NOUN ./PUNCT
Sleeping/VERB/sleep on/ADP a/DET bench/NOUN in/ADP Central/PROPN Park/PROPN ./PUNCT
Saturday/PROPN night/NOUN in/ADP Detroit/PROPN ./PUNCT
I/PRON/I hear/VERB the/DET trucks/NOUN/truck on/ADP Highway/PROPN 9/NUM ./PUNCT
Take/VERB me/PRON/I back/ADV to/ADP Tennessee/PROPN ./PUNCT
The/DET harbor/NOUN smells/VERB/smell of/ADP salt/NOUN and/CCONJ diesel/NOUN ./PUNCT
In/ADP Berlin/PROPN we/PRON danced/VERB/dance till/ADP six/NUM ./PUNCT
Neon/NOUN pink/ADJ and/CCONJ gray/ADJ concrete/NOUN ./PUNCT
A/DET thousand/NUM windows/NOUN/window ,/PUNCT not/PART one/NUM is/AUX/be mine/PRON/my ./PUNCT
The/DET elevator/NOUN 's/AUX/be broken/ADJ again/ADV ./PUNCT
We/PRON met/VERB/meet at/ADP a/DET diner/NOUN in/ADP Reno/PROPN ./PUNCT
The/DET waitress/NOUN called/VERB/call me/PRON/I sugar/NOUN ./PUNCT
Coffee/NOUN black/ADJ and/CCONJ pancakes/NOUN/pancake cold/ADJ ./PUNCT
I/PRON/I left/VERB/leave Ohio/PROPN with/ADP forty/NUM dollars/NOUN/dollar ./PUNCT
The/DET Mississippi/PROPN rolls/VERB/roll on/ADP and/CCONJ on/ADP ./PUNCT
Late/ADJ trains/NOUN/train to/ADP Philadelphia/PROPN ./PUNCT
We/PRON slept/VERB/sleep in/ADP the/DET car/NOUN outside/ADP Tulsa/PROPN ./PUNCT
Madrid/PROPN at/ADP midnight/NOUN ,/PUNCT warm/ADJ and/CCONJ gold/ADJ ./PUNCT
Pigeons/NOUN/pigeon on/ADP the/DET statues/NOUN/statue downtown/ADV ./PUNCT
The/DET streets/NOUN/street are/AUX/be wet/ADJ with/ADP yesterday/NOUN ./PUNCT
Honking/VERB/honk horns/NOUN/horn and/CCONJ crowded/ADJ sidewalks/NOUN/sidewalk ./PUNCT
I/PRON/I wrote/VERB/write this/DET song/NOUN on/ADP a/DET Boston/PROPN train/NOUN ./PUNCT
The/DET buskers/NOUN/busker play/VERB for/ADP nickels/NOUN/nickel and/CCONJ dimes/NOUN/dime ./PUNCT
Cathedral/NOUN bells/NOUN/bell on/ADP a/DET Sunday/PROPN morning/NOUN ./PUNCT
We/PRON climbed/VERB/climb the/DET hill/NOUN above/ADP the/DET town/NOUN ./PUNCT
Little/ADJ Rome/PROPN is/AUX/be quiet/ADJ now/ADV ./PUNCT
My/PRON cousin/NOUN lives/VERB/live in/ADP Atlanta/PROPN ./PUNCT
The/DET factory/NOUN closed/VERB/close in/ADP 1998/NUM ./PUNCT
The/DET mill/NOUN town/NOUN died/VERB/die ,/PUNCT and/CCONJ we/PRON moved/VERB/move on/ADP ./PUNCT
Graffiti/NOUN hearts/NOUN/heart on/ADP the/DET railway/NOUN wall/NOUN ./PUNCT
The/DET city/NOUN hums/VERB/hum a/DET lullaby/NOUN ./PUNCT
Empty/ADJ stadiums/NOUN/stadium after/ADP the/DET game/NOUN ./PUNCT
We/PRON watched/VERB/watch the/DET fireworks/NOUN/firework from/ADP the/DET pier/NOUN ./PUNCT
The/DET ferry/NOUN crosses/VERB/cross the/DET gray/ADJ bay/NOUN ./PUNCT
Avenue/NOUN lights/NOUN/light and/CCONJ avenue/NOUN lies/NOUN/lie ./PUNCT
This/DET town/NOUN is/AUX/be too/ADV small/ADJ for/ADP my/PRON dreams/NOUN/dream ./PUNCT
I/PRON/I 'm/AUX/be heading/VERB/head west/ADV on/ADP Route/PROPN 66/NUM ./PUNCT
Vegas/PROPN lights/NOUN/light can/AUX blind/VERB a/DET man/NOUN ./PUNCT
Miami/PROPN heat/NOUN and/CCONJ ocean/NOUN breeze/NOUN ./PUNCT
The/DET alleyways/NOUN/alleyway are/AUX/be full/ADJ of/ADP cats/NOUN/cat ./PUNCT
Somebody/PRON 's/AUX/be singing/VERB/sing in/ADP the/DET stairwell/NOUN ./PUNCT
We/PRON shared/VERB/share a/DET cigarette/NOUN by/ADP the/DET river/NOUN ./PUNCT
The/DET bars/NOUN/bar are/AUX/be closing/VERB/close on/ADP Elm/PROPN Street/PROPN ./PUNCT
Kansas/PROPN City/PROPN ,/PUNCT I/PRON/I 'm/AUX/be coming/VERB/come home/ADV ./PUNCT
Every/DET city/NOUN feels/VERB/feel the/DET same/ADJ without/ADP you/PRON ./PUNCT
The/DET lights/NOUN/light of/ADP Houston/PROPN fade/VERB behind/ADP us/PRON/we ./PUNCT
I/PRON/I bought/VERB/buy a/DET map/NOUN of/ADP Amsterdam/PROPN ./PUNCT
Bicycles/NOUN/bicycle and/CCONJ canals/NOUN/canal and/CCONJ you/PRON ./PUNCT
Under/ADP the/DET bridge/NOUN the/DET water/NOUN sings/VERB/sing ./PUNCT
A/DET boy/NOUN is/AUX/be selling/VERB/sell roses/NOUN/rose on/ADP the/DET corner/NOUN ./PUNCT
The/DET cab/NOUN driver/NOUN knows/VERB/know my/PRON name/NOUN ./PUNCT
The/DET skyscrapers/NOUN/skyscraper scrape/VERB the/DET clouds/NOUN/cloud ./PUNCT
Dublin/PROPN rain/NOUN and/CCONJ a/DET pint/NOUN of/ADP stout/NOUN ./PUNCT
I/PRON/I waited/VERB/wait at/ADP the/DET terminal/NOUN all/DET day/NOUN ./PUNCT
Flights/NOUN/flight delayed/VERB/delay and/CCONJ hearts/NOUN/heart delayed/VERB/delay ./PUNCT
Buenos/PROPN Aires/PROPN ,/PUNCT hold/VERB my/PRON hand/NOUN ./PUNCT
Spanish/ADJ/Spanish guitars/NOUN/guitar in/ADP a/DET courtyard/NOUN ./PUNCT
The/DET market/NOUN smells/VERB/smell of/ADP oranges/NOUN/orange ./PUNCT
Cobblestones/NOUN/cobblestone under/ADP our/PRON shoes/NOUN/shoe ./PUNCT
The/DET old/ADJ church/NOUN bell/NOUN rang/VERB/ring twelve/NUM ./PUNCT
A/DET lonely/ADJ lamp/NOUN on/ADP Maple/PROPN Road/PROPN ./PUNCT
We/PRON painted/VERB/paint murals/NOUN/mural on/ADP the/DET walls/NOUN/wall of/ADP Oakland/PROPN ./PUNCT
Seattle/PROPN gray/NOUN is/AUX/be my/PRON favorite/ADJ color/NOUN ./PUNCT
Ferris/PROPN wheels/NOUN/wheel and/CCONJ cotton/NOUN candy/NOUN ./PUNCT
The/DET boardwalk/NOUN creaks/VERB/creak beneath/ADP our/PRON feet/NOUN/foot ./PUNCT
San/PROPN Francisco/PROPN fog/NOUN rolls/VERB/roll in/ADV ./PUNCT
The/DET cable/NOUN cars/NOUN/car go/VERB up/ADP and/CCONJ down/ADV ./PUNCT
We/PRON got/VERB/get married/VERB/marry in/ADP a/DET chapel/NOUN in/ADP Vegas/PROPN ./PUNCT
Hollywood/PROPN dreams/NOUN/dream and/CCONJ empty/ADJ pockets/NOUN/pocket ./PUNCT
The/DET billboard/NOUN says/VERB/say that/SCONJ dreams/NOUN/dream come/VERB true/ADJ ./PUNCT
Mexico/PROPN is/AUX/be only/ADV a/DET day/NOUN away/ADV ./PUNCT
The/DET border/NOUN lights/NOUN/light are/AUX/be blinking/VERB/blink red/ADJ ./PUNCT
I/PRON/I 'm/AUX/be a/DET long/ADJ way/NOUN from/ADP Carolina/PROPN ./PUNCT
Hometown/NOUN heroes/NOUN/hero fade/VERB away/ADV ./PUNCT
The/DET corner/NOUN store/NOUN sells/VERB/sell lottery/NOUN tickets/NOUN/ticket ./PUNCT
Ten/NUM blocks/NOUN/block north/ADV ,/PUNCT then/ADV turn/VERB left/ADV ./PUNCT
The/DET parade/NOUN goes/VERB/go down/ADP Main/PROPN Street/PROPN ./PUNCT
Traffic/NOUN lights/NOUN/light turn/VERB green/ADJ for/ADP us/PRON/we ./PUNCT
The/DET rooftop/NOUN garden/NOUN is/AUX/be in/ADP bloom/NOUN ./PUNCT
A/DET saxophone/NOUN cries/VERB/cry in/ADP the/DET alley/NOUN ./PUNCT
The/DET city/NOUN never/ADV says/VERB/say goodbye/INTJ ./PUNCT
Streets/NOUN/street of/ADP gold/NOUN ,/PUNCT they/PRON told/VERB/tell my/PRON father/NOUN ./PUNCT
Rio/PROPN nights/NOUN/night and/CCONJ samba/NOUN drums/NOUN/drum ./PUNCT
I/PRON/I lost/VERB/lose my/PRON wallet/NOUN in/ADP Marseille/PROPN ./PUNCT
The/DET fountain/NOUN in/ADP the/DET square/NOUN is/AUX/be dry/ADJ ./PUNCT
Postcards/NOUN/postcard from/ADP a/DET place/NOUN called/VERB/call Hope/PROPN ./PUNCT
We/PRON shared/VERB/share a/DET bottle/NOUN on/ADP the/DET steps/NOUN/step of/ADP the/DET museum/NOUN ./PUNCT
I/PRON/I sleep/VERB to/ADP the/DET sound/NOUN of/ADP the/DET freeway/NOUN ./PUNCT
This/DET city/NOUN made/VERB/make me/PRON/I ,/PUNCT and/CCONJ this/DET city/NOUN broke/VERB/break me/PRON/I ./PUNCT
Skyline/NOUN dreams/NOUN/dream in/ADP a/DET basement/NOUN room/NOUN ./PUNCT
The/DET thunder/NOUN rolls/VERB/roll across/ADP the/DET plains/NOUN/plain ,/PUNCT and/CCONJ I/PRON/I can/AUX feel/VERB it/PRON in/ADP my/PRON bones/NOUN/bone ./PUNCT
Rain/NOUN on/ADP the/DET roof/NOUN like/ADP a/DET thousand/NUM tiny/ADJ drums/NOUN/drum ./PUNCT
The/DET sky/NOUN turned/VERB/turn purple/ADJ just/ADV before/ADP the/DET storm/NOUN ./PUNCT
Snowflakes/NOUN/snowflake melting/VERB/melt on/ADP your/PRON eyelashes/NOUN/eyelash ./PUNCT
It/PRON 's/AUX/be a/DET cold/ADJ ,/PUNCT cold/ADJ winter/NOUN without/ADP you/PRON ./PUNCT
The/DET autumn/NOUN leaves/VERB/leave are/AUX/be falling/VERB/fall down/ADV again/ADV ./PUNCT
Summer/NOUN rain/NOUN ,/PUNCT summer/NOUN rain/NOUN ,/PUNCT wash/VERB my/PRON sins/NOUN/sin away/ADV ./PUNCT
The/DET fog/NOUN is/AUX/be thick/ADJ on/ADP the/DET mountain/NOUN road/NOUN ./PUNCT
Lightning/NOUN splits/VERB/split the/DET sky/NOUN in/ADP two/NUM ./PUNCT
We/PRON kissed/VERB/kiss beneath/ADP a/DET rainbow/NOUN once/ADV ./PUNCT
The/DET sun/NOUN came/VERB/come out/ADP and/CCONJ dried/VERB/dry our/PRON tears/NOUN/tear ./PUNCT
A/DET hurricane/NOUN is/AUX/be coming/VERB/come ,/PUNCT and/CCONJ I/PRON/I do/AUX n't/PART/not care/VERB ./PUNCT
The/DET wind/NOUN is/AUX/be howling/VERB/howl at/ADP my/PRON door/NOUN tonight/NOUN ./PUNCT
April/PROPN showers/NOUN/shower ,/PUNCT May/PROPN flowers/NOUN/flower ,/PUNCT June/PROPN goodbyes/NOUN/goodbye ./PUNCT
Frost/NOUN on/ADP the/DET windshield/NOUN ,/PUNCT ice/NOUN in/ADP my/PRON veins/NOUN/vein ./PUNCT
The/DET drought/NOUN went/VERB/go on/ADP for/ADP seven/NUM months/NOUN/month ./PUNCT
Clouds/NOUN/cloud are/AUX/be gathering/VERB/gather over/ADP the/DET hills/NOUN/hill ./PUNCT
It/PRON 's/AUX/be raining/VERB/rain in/ADP my/PRON heart/NOUN tonight/NOUN ./PUNCT
We/PRON danced/VERB/dance barefoot/ADJ in/ADP the/DET summer/NOUN storm/NOUN ./PUNCT
The/DET heat/NOUN is/AUX/be rising/VERB/rise off/ADP the/DET asphalt/NOUN ./PUNCT
A/DET gentle/ADJ breeze/NOUN is/AUX/be blowing/VERB/blow from/ADP the/DET south/NOUN ./PUNCT
Under/ADP the/DET blue/ADJ sky/NOUN ,/PUNCT everything/PRON seems/VERB/seem possible/ADJ ./PUNCT
The/DET weatherman/NOUN said/VERB/say sunny/ADJ ,/PUNCT but/CCONJ he/PRON lied/VERB/lie ./PUNCT
The/DET snow/NOUN buried/VERB/bury the/DET little/ADJ town/NOUN ./PUNCT
Winter/NOUN nights/NOUN/night are/AUX/be long/ADJ and/CCONJ lonely/ADJ ./PUNCT
Spring/NOUN will/AUX come/VERB ,/PUNCT it/PRON always/ADV does/AUX/do ./PUNCT
Drops/NOUN/drop of/ADP rain/NOUN on/ADP the/DET window/NOUN glass/NOUN ./PUNCT
The/DET river/NOUN flooded/VERB/flood in/ADP the/DET spring/NOUN of/ADP 1982/NUM ./PUNCT
It/PRON 's/AUX/be too/ADV hot/ADJ to/PART sleep/VERB tonight/NOUN ./PUNCT
The/DET sky/NOUN is/AUX/be crying/VERB/cry ,/PUNCT and/CCONJ so/ADV am/AUX/be I/PRON/I ./PUNCT
Umbrellas/NOUN/umbrella bloom/VERB on/ADP the/DET crowded/ADJ street/NOUN ./PUNCT
The/DET clouds/NOUN/cloud break/VERB open/ADJ and/CCONJ the/DET light/NOUN pours/VERB/pour in/ADV ./PUNCT
A/DET rainbow/NOUN after/ADP the/DET rain/NOUN ./PUNCT
The/DET ice/NOUN is/AUX/be thin/ADJ ,/PUNCT so/ADV walk/VERB slow/ADV ./PUNCT
I/PRON/I love/VERB the/DET smell/NOUN of/ADP rain/NOUN on/ADP dust/NOUN ./PUNCT
The/DET storm/NOUN passed/VERB/pass ,/PUNCT but/CCONJ the/DET damage/NOUN stayed/VERB/stay ./PUNCT
Sunshine/NOUN on/ADP my/PRON shoulders/NOUN/shoulder makes/VERB/make me/PRON/I smile/VERB ./PUNCT
The/DET morning/NOUN mist/NOUN hangs/VERB/hang over/ADP the/DET lake/NOUN ./PUNCT
A/DET cold/ADJ front/NOUN coming/VERB/come in/ADV from/ADP Canada/PROPN ./PUNCT
Thunderclouds/NOUN/thundercloud are/AUX/be building/VERB/build in/ADP the/DET west/NOUN ./PUNCT
We/PRON watched/VERB/watch the/DET storm/NOUN from/ADP the/DET porch/NOUN ./PUNCT
The/DET wind/NOUN took/VERB/take my/PRON hat/NOUN and/CCONJ my/PRON heart/NOUN ./PUNCT
Hailstones/NOUN/hailstone bouncing/VERB/bounce off/ADP the/DET car/NOUN ./PUNCT
The/DET temperature/NOUN is/AUX/be dropping/VERB/drop fast/ADV ./PUNCT
Let/VERB it/PRON snow/NOUN ,/PUNCT let/VERB it/PRON fall/VERB ,/PUNCT let/VERB it/PRON cover/VERB us/PRON/we all/DET ./PUNCT
The/DET seasons/NOUN/season change/VERB ,/PUNCT but/CCONJ I/PRON/I do/AUX n't/PART/not ./PUNCT
Golden/ADJ light/NOUN in/ADP late/ADJ September/PROPN ./PUNCT
The/DET first/ADJ snow/NOUN of/ADP the/DET year/NOUN is/AUX/be always/ADV magic/NOUN ./PUNCT
Wet/ADJ leaves/VERB/leave stick/VERB to/ADP my/PRON boots/NOUN/boot ./PUNCT
The/DET sun/NOUN is/AUX/be setting/VERB/set low/ADV and/CCONJ red/ADJ ./PUNCT
The/DET moon/NOUN is/AUX/be hiding/VERB/hide behind/ADP the/DET clouds/NOUN/cloud ./PUNCT
A/DET tornado/NOUN took/VERB/take the/DET barn/NOUN in/ADP 1979/NUM ./PUNCT
The/DET ground/NOUN is/AUX/be frozen/ADJ hard/ADJ ./PUNCT
Rain/NOUN ,/PUNCT rain/NOUN ,/PUNCT do/AUX n't/PART/not go/VERB away/ADV ./PUNCT
The/DET air/NOUN is/AUX/be heavy/ADJ and/CCONJ sweet/ADJ ./PUNCT
Dark/ADJ clouds/NOUN/cloud ,/PUNCT silver/ADJ lining/NOUN ./PUNCT
After/ADP the/DET storm/NOUN there/PRON 's/VERB/be always/ADV calm/NOUN ./PUNCT
The/DET dew/NOUN is/AUX/be sparkling/VERB/sparkle on/ADP the/DET grass/NOUN ./PUNCT
Puddles/NOUN/puddle shining/VERB/shine in/ADP the/DET streetlight/NOUN ./PUNCT
It/PRON 's/AUX/be a/DET perfect/ADJ day/NOUN for/SCONJ running/VERB/run away/ADV ./PUNCT
Blizzard/NOUN warnings/NOUN/warning on/ADP the/DET radio/NOUN ./PUNCT
The/DET lake/NOUN froze/VERB/freeze over/ADP in/ADP December/PROPN ./PUNCT
Warm/ADJ rain/NOUN on/ADP a/DET summer/NOUN night/NOUN ./PUNCT
I/PRON/I can/AUX see/VERB my/PRON breath/NOUN in/ADP the/DET air/NOUN ./PUNCT
Sunrise/NOUN paints/VERB/paint the/DET valley/NOUN gold/ADJ ./PUNCT
Cool/ADJ wind/NOUN off/ADP the/DET ocean/NOUN ./PUNCT
The/DET dust/NOUN storm/NOUN hid/VERB/hide the/DET highway/NOUN ./PUNCT
The/DET monsoon/NOUN came/VERB/come early/ADV this/DET year/NOUN ./PUNCT
We/PRON waited/VERB/wait out/ADP the/DET rain/NOUN in/ADP a/DET barn/NOUN ./PUNCT
The/DET weather/NOUN 's/AUX/be changing/VERB/change ,/PUNCT so/ADV are/AUX/be we/PRON ./PUNCT
I/PRON/I 'm/AUX/be a/DET cloud/NOUN without/ADP a/DET sky/NOUN ./PUNCT
The/DET sky/NOUN is/AUX/be wide/ADJ and/CCONJ the/DET fields/NOUN/field are/AUX/be green/ADJ ./PUNCT
Hot/ADJ July/PROPN and/CCONJ a/DET broken/ADJ fan/NOUN ./PUNCT
The/DET icicles/NOUN/icicle are/AUX/be dripping/VERB/drip from/ADP the/DET gutter/NOUN ./PUNCT
Gray/ADJ skies/NOUN/sky over/ADP Galway/PROPN ./PUNCT
Forecast/NOUN says/VERB/say more/ADJ rain/NOUN tomorrow/NOUN ./PUNCT
The/DET night/NOUN sky/NOUN is/AUX/be full/ADJ of/ADP falling/VERB/fall stars/NOUN/star ./PUNCT
Autumn/NOUN wind/NOUN and/CCONJ a/DET bonfire/NOUN glow/NOUN ./PUNCT
The/DET flood/NOUN took/VERB/take everything/PRON but/ADP our/PRON love/NOUN ./PUNCT
The/DET weather/NOUN does/AUX/do n't/PART/not care/VERB about/ADP our/PRON plans/NOUN/plan ./PUNCT
Soft/ADJ snow/NOUN on/ADP the/DET sleeping/VERB/sleep city/NOUN ./PUNCT
A/DET heatwave/NOUN hit/VERB the/DET town/NOUN in/ADP August/PROPN ./PUNCT
The/DET wind/NOUN chimes/NOUN/chime sing/VERB on/ADP the/DET back/NOUN porch/NOUN ./PUNCT
When/ADV the/DET rain/NOUN stops/VERB/stop ,/PUNCT will/AUX you/PRON stay/VERB ?/PUNCT
The/DET storm/NOUN inside/ADP me/PRON/I never/ADV ends/VERB/end ./PUNCT
Sun/NOUN on/ADP my/PRON face/NOUN and/CCONJ wind/NOUN in/ADP my/PRON hair/NOUN ./PUNCT
Cold/ADJ hands/NOUN/hand ,/PUNCT warm/ADJ heart/NOUN ./PUNCT
The/DET clouds/NOUN/cloud are/AUX/be racing/NOUN like/ADP wild/ADJ horses/NOUN/horse ./PUNCT
Lightning/NOUN bugs/NOUN/bug and/CCONJ summer/NOUN nights/NOUN/night ./PUNCT
Thunder/NOUN in/ADP the/DET distance/NOUN ,/PUNCT rain/NOUN on/ADP the/DET way/NOUN ./PUNCT
The/DET drizzle/NOUN never/ADV stops/VERB/stop in/ADP November/PROPN ./PUNCT
The/DET ice/NOUN storm/NOUN broke/VERB/break the/DET power/NOUN lines/NOUN/line ./PUNCT
I/PRON/I like/VERB the/DET rain/NOUN because/SCONJ it/PRON hides/VERB/hide my/PRON tears/NOUN/tear ./PUNCT
The/DET sky/NOUN is/AUX/be painted/VERB/paint pink/ADJ and/CCONJ gold/ADJ ./PUNCT
Rain/NOUN or/CCONJ shine/NOUN ,/PUNCT I/PRON/I 'll/AUX/will be/AUX there/ADV ./PUNCT
Dance/VERB with/ADP me/PRON/I ,/PUNCT dance/VERB with/ADP me/PRON/I ,/PUNCT dance/VERB with/ADP me/PRON/I tonight/NOUN ./PUNCT
Move/VERB your/PRON feet/NOUN/foot to/ADP the/DET beat/NOUN ./PUNCT
The/DET DJ/PROPN plays/VERB/play our/PRON favorite/ADJ song/NOUN ./PUNCT
We/PRON 're/AUX/be dancing/VERB/dance like/SCONJ there/PRON 's/VERB/be no/DET tomorrow/NOUN ./PUNCT
Spin/VERB me/PRON/I around/ADV and/CCONJ do/AUX n't/PART/not let/VERB go/VERB ./PUNCT
Shake/VERB it/PRON ,/PUNCT shake/VERB it/PRON ,/PUNCT shake/VERB it/PRON all/DET night/NOUN ./PUNCT
The/DET dance/NOUN floor/NOUN is/AUX/be on/ADP fire/NOUN ./PUNCT
Put/VERB your/PRON hands/NOUN/hand up/ADP in/ADP the/DET air/NOUN ./PUNCT
I/PRON/I ca/AUX/can n't/PART/not dance/VERB ,/PUNCT but/CCONJ I/PRON/I 'll/AUX/will try/VERB for/ADP you/PRON ./PUNCT
Let/VERB the/DET bass/NOUN drop/VERB and/CCONJ the/DET lights/NOUN/light go/VERB down/ADV ./PUNCT
Everybody/PRON 's/AUX/be moving/VERB/move to/ADP the/DET rhythm/NOUN ./PUNCT
She/PRON moves/VERB/move like/ADP water/NOUN in/ADP the/DET moonlight/NOUN ./PUNCT
We/PRON danced/VERB/dance in/ADP the/DET kitchen/NOUN while/SCONJ the/DET kettle/NOUN sang/VERB/sing ./PUNCT
The/DET band/NOUN is/AUX/be playing/VERB/play one/NUM more/ADJ song/NOUN ./PUNCT
Slow/ADJ dance/NOUN under/ADP the/DET disco/NOUN ball/NOUN ./PUNCT
Step/VERB to/ADP the/DET left/NOUN ,/PUNCT step/VERB to/ADP the/DET right/NOUN ./PUNCT
My/PRON feet/NOUN/foot are/AUX/be tired/ADJ but/CCONJ my/PRON heart/NOUN is/AUX/be light/ADJ ./PUNCT
The/DET music/NOUN 's/AUX/be loud/ADJ and/CCONJ the/DET night/NOUN is/AUX/be young/ADJ ./PUNCT
Twirl/VERB me/PRON/I ,/PUNCT twirl/VERB me/PRON/I ,/PUNCT make/VERB me/PRON/I dizzy/ADJ ./PUNCT
We/PRON could/AUX dance/VERB forever/ADV in/ADP this/DET moment/NOUN ./PUNCT
Clap/VERB your/PRON hands/NOUN/hand if/SCONJ you/PRON feel/VERB alive/ADJ ./PUNCT
The/DET party/NOUN does/AUX/do n't/PART/not stop/VERB till/SCONJ the/DET sun/NOUN comes/VERB/come up/ADP ./PUNCT
Get/VERB on/ADP the/DET floor/NOUN and/CCONJ show/VERB me/PRON/I what/PRON you/PRON got/VERB/get ./PUNCT
I/PRON/I 'm/AUX/be dancing/VERB/dance with/ADP a/DET stranger/NOUN ./PUNCT
Tap/VERB your/PRON shoes/NOUN/shoe on/ADP the/DET wooden/ADJ floor/NOUN ./PUNCT
Swing/VERB your/PRON partner/NOUN round/ADV and/CCONJ round/ADV ./PUNCT
The/DET drummer/NOUN counts/VERB/count to/ADP four/NUM ./PUNCT
One/NUM ,/PUNCT two/NUM ,/PUNCT three/NUM ,/PUNCT four/NUM !/PUNCT
Jump/VERB ,/PUNCT jump/VERB ,/PUNCT jump/VERB !/PUNCT
Salsa/NOUN nights/NOUN/night in/ADP Havana/PROPN ./PUNCT
We/PRON waltzed/VERB/waltz across/ADP the/DET empty/ADJ hall/NOUN ./PUNCT
Tango/NOUN in/ADP the/DET rain/NOUN with/ADP you/PRON ./PUNCT
The/DET rhythm/NOUN 's/AUX/be in/ADP my/PRON blood/NOUN ./PUNCT
The/DET dance/NOUN is/AUX/be over/ADV ,/PUNCT but/CCONJ the/DET song/NOUN goes/VERB/go on/ADP ./PUNCT
Let/VERB 's/PRON/we dance/VERB until/SCONJ our/PRON feet/NOUN/foot are/AUX/be sore/ADJ ./PUNCT
Raise/VERB your/PRON glass/NOUN and/CCONJ sing/VERB along/ADV ./PUNCT
The/DET crowd/NOUN goes/VERB/go wild/ADJ when/ADV the/DET chorus/NOUN hits/VERB/hit ./PUNCT
I/PRON/I lost/VERB/lose my/PRON shoes/NOUN/shoe at/ADP the/DET wedding/NOUN ./PUNCT
Spinning/VERB/spin ,/PUNCT spinning/VERB/spin ,/PUNCT under/ADP the/DET lights/NOUN/light ./PUNCT
Bodies/NOUN/body swaying/VERB/sway ,/PUNCT hearts/NOUN/heart are/AUX/be racing/NOUN ./PUNCT
We/PRON danced/VERB/dance on/ADP tables/NOUN/table at/ADP the/DET bar/NOUN ./PUNCT
Feel/VERB the/DET groove/NOUN and/CCONJ let/VERB it/PRON move/VERB you/PRON ./PUNCT
The/DET saxophone/NOUN is/AUX/be wailing/VERB/wail ./PUNCT
Can/AUX I/PRON/I have/VERB this/DET dance/NOUN ?/PUNCT
He/PRON asked/VERB/ask me/PRON/I to/PART dance/VERB ,/PUNCT and/CCONJ I/PRON/I said/VERB/say yes/INTJ ./PUNCT
The/DET band/NOUN played/VERB/play till/ADP two/NUM in/ADP the/DET morning/NOUN ./PUNCT
My/PRON grandpa/NOUN taught/VERB/teach me/PRON/I how/ADV to/PART jitterbug/VERB ./PUNCT
Dance/VERB like/SCONJ nobody/PRON 's/AUX/be watching/VERB/watch ./PUNCT
The/DET ballroom/NOUN was/AUX/be glowing/VERB/glow gold/ADJ ./PUNCT
The/DET beat/NOUN drops/VERB/drop and/CCONJ the/DET room/NOUN explodes/VERB/explode ./PUNCT
Boogie/VERB down/ADP to/ADP the/DET record/ADJ store/NOUN ./PUNCT
Hands/NOUN/hand in/ADP the/DET air/NOUN and/CCONJ eyes/NOUN/eye on/ADP you/PRON ./PUNCT
We/PRON 're/AUX/be the/DET last/ADJ ones/NOUN/one on/ADP the/DET dance/NOUN floor/NOUN ./PUNCT
Shimmy/VERB ,/PUNCT shimmy/VERB ,/PUNCT shake/VERB !/PUNCT
The/DET rhythm/NOUN took/VERB/take control/NOUN of/ADP me/PRON/I ./PUNCT
Her/PRON/she skirt/NOUN was/AUX/be spinning/VERB/spin like/ADP a/DET flower/NOUN ./PUNCT
The/DET music/NOUN moves/VERB/move me/PRON/I ,/PUNCT and/CCONJ I/PRON/I move/VERB you/PRON ./PUNCT
Bounce/VERB to/ADP the/DET bass/NOUN ,/PUNCT bounce/VERB to/ADP the/DET beat/NOUN ./PUNCT
She/PRON kicked/VERB/kick her/PRON/she heels/NOUN/heel off/ADP and/CCONJ danced/VERB/dance ./PUNCT
We/PRON dance/VERB to/PART forget/VERB ./PUNCT
The/DET prom/NOUN was/AUX/be in/ADP the/DET gym/NOUN ,/PUNCT remember/VERB ?/PUNCT
The/DET melody/NOUN is/AUX/be sweet/ADJ as/ADP honey/NOUN ./PUNCT
Sway/VERB with/ADP me/PRON/I ,/PUNCT sway/VERB with/ADP me/PRON/I ./PUNCT
A/DET fiddle/NOUN and/CCONJ a/DET banjo/NOUN on/ADP the/DET porch/NOUN ./PUNCT
Line/NOUN dancing/VERB/dance at/ADP the/DET county/NOUN fair/NOUN ./PUNCT
The/DET club/NOUN is/AUX/be packed/ADJ and/CCONJ sweaty/ADJ ./PUNCT
I/PRON/I follow/VERB your/PRON lead/NOUN on/ADP the/DET floor/NOUN ./PUNCT
Let/VERB 's/PRON/we go/VERB crazy/ADJ tonight/NOUN ./PUNCT
The/DET piano/NOUN man/NOUN plays/VERB/play all/DET night/NOUN long/ADV ./PUNCT
We/PRON sang/VERB/sing until/SCONJ our/PRON voices/NOUN/voice broke/VERB/break ./PUNCT
Turn/VERB it/PRON up/ADP ,/PUNCT turn/VERB it/PRON up/ADP ,/PUNCT turn/VERB it/PRON up/ADP !/PUNCT
Oh/INTJ ,/PUNCT oh/INTJ ,/PUNCT let/VERB 's/PRON/we go/VERB !/PUNCT
The/DET speakers/NOUN/speaker are/AUX/be shaking/VERB/shake the/DET windows/NOUN/window ./PUNCT
Left/ADJ foot/NOUN ,/PUNCT right/ADJ foot/NOUN ,/PUNCT now/ADV spin/VERB ./PUNCT
The/DET DJ/PROPN saved/VERB/save the/DET best/ADJ/good for/ADP last/ADJ ./PUNCT
Dancing/VERB/dance in/ADP the/DET moonlight/NOUN with/ADP my/PRON baby/NOUN ./PUNCT
I/PRON/I feel/VERB the/DET music/NOUN in/ADP my/PRON chest/NOUN ./PUNCT
The/DET night/NOUN is/AUX/be ours/PRON/our ,/PUNCT so/ADV let/VERB 's/PRON/we move/VERB ./PUNCT
Disco/NOUN lights/NOUN/light on/ADP the/DET ceiling/NOUN ./PUNCT
We/PRON 're/AUX/be young/ADJ and/CCONJ we/PRON 're/AUX/be dancing/VERB/dance ./PUNCT
Come/VERB on/ADP ,/PUNCT come/VERB on/ADP ,/PUNCT get/VERB up/ADP and/CCONJ dance/VERB !/PUNCT
The/DET tambourine/NOUN is/AUX/be shaking/VERB/shake ./PUNCT
Nobody/PRON dances/VERB/dance like/SCONJ my/PRON baby/NOUN does/AUX/do ./PUNCT
The/DET rhythm/NOUN never/ADV lies/VERB/lie ./PUNCT
Stomp/VERB your/PRON feet/NOUN/foot and/CCONJ shout/VERB ./PUNCT
We/PRON danced/VERB/dance the/DET night/NOUN away/ADV ./PUNCT
Cheek/NOUN to/ADP cheek/NOUN and/CCONJ heart/NOUN to/ADP heart/NOUN ./PUNCT
The/DET band/NOUN packed/VERB/pack up/ADP at/ADP three/NUM ./PUNCT
The/DET dance/NOUN hall/NOUN closed/VERB/close in/ADP 1964/NUM ./PUNCT
Play/VERB that/DET song/NOUN one/NUM more/ADJ time/NOUN ./PUNCT
The/DET trumpet/NOUN blows/VERB/blow ,/PUNCT the/DET people/NOUN cheer/VERB ./PUNCT
Hip/NOUN to/ADP hip/NOUN ,/PUNCT we/PRON move/VERB as/ADP one/NUM ./PUNCT
Everybody/PRON on/ADP the/DET floor/NOUN ,/PUNCT let/VERB 's/PRON/we go/VERB ./PUNCT
The/DET song/NOUN ended/VERB/end ,/PUNCT but/CCONJ we/PRON kept/VERB/keep dancing/VERB/dance ./PUNCT
Hope/NOUN is/AUX/be a/DET candle/NOUN in/ADP a/DET window/NOUN ,/PUNCT and/CCONJ I/PRON/I 'm/AUX/be still/ADV walking/VERB/walk toward/ADP the/DET light/NOUN ./PUNCT
Tomorrow/NOUN is/AUX/be a/DET brand/ADV new/ADJ day/NOUN ./PUNCT
Keep/VERB your/PRON head/NOUN up/ADP ,/PUNCT the/DET best/ADJ/good is/AUX/be yet/ADV to/PART come/VERB ./PUNCT
I/PRON/I believe/VERB in/ADP you/PRON ,/PUNCT even/ADV when/ADV you/PRON do/AUX n't/PART/not ./PUNCT
There/PRON 's/VERB/be a/DET light/NOUN at/ADP the/DET end/NOUN of/ADP this/DET tunnel/NOUN ./PUNCT
We/PRON 'll/AUX/will rise/VERB again/ADV like/ADP the/DET morning/NOUN sun/NOUN ./PUNCT
Do/AUX n't/PART/not give/VERB up/ADP ,/PUNCT do/AUX n't/PART/not give/VERB in/ADV ./PUNCT
Someday/NOUN we/PRON 'll/AUX/will laugh/VERB about/ADP all/DET this/PRON ./PUNCT
The/DET darkest/ADJ/dark hour/NOUN comes/VERB/come just/ADV before/ADP the/DET dawn/NOUN ./PUNCT
I/PRON/I 've/AUX/have got/VERB/get a/DET feeling/NOUN things/NOUN/thing are/AUX/be gon/VERB/go na/PART/to change/VERB ./PUNCT
Hold/VERB on/ADP to/ADP your/PRON dreams/NOUN/dream ,/PUNCT they/PRON 're/AUX/be all/DET you/PRON 've/AUX/have got/VERB/get ./PUNCT
Faith/NOUN can/AUX move/VERB mountains/NOUN/mountain ,/PUNCT Mama/NOUN said/VERB/say ./PUNCT
Every/DET scar/NOUN is/AUX/be a/DET story/NOUN of/ADP survival/NOUN ./PUNCT
I/PRON/I 'm/AUX/be stronger/ADJ/strong than/SCONJ I/PRON/I was/AUX/be yesterday/NOUN ./PUNCT
Open/VERB your/PRON eyes/NOUN/eye ,/PUNCT the/DET world/NOUN is/AUX/be waiting/VERB/wait ./PUNCT
We/PRON can/AUX build/VERB a/DET better/ADJ/good world/NOUN together/ADV ./PUNCT
A/DET little/ADJ hope/NOUN goes/VERB/go a/DET long/ADJ way/NOUN ./PUNCT
Even/ADV broken/ADJ wings/NOUN/wing can/AUX fly/VERB again/ADV ./PUNCT
Chin/NOUN up/ADP ,/PUNCT kid/NOUN ,/PUNCT you/PRON 're/AUX/be gon/VERB/go na/PART/to be/AUX fine/ADJ ./PUNCT
The/DET seeds/NOUN/seed we/PRON plant/VERB will/AUX grow/VERB someday/NOUN ./PUNCT
I/PRON/I 'll/AUX/will carry/VERB you/PRON when/ADV you/PRON ca/AUX/can n't/PART/not walk/VERB ./PUNCT
You/PRON are/AUX/be not/PART alone/ADJ in/ADP this/PRON ./PUNCT
Lift/VERB your/PRON voice/NOUN and/CCONJ let/VERB it/PRON ring/VERB ./PUNCT
The/DET sun/NOUN will/AUX shine/VERB on/ADP us/PRON/we again/ADV ./PUNCT
I/PRON/I 'm/AUX/be still/ADV standing/VERB/stand after/ADP all/DET these/DET/this years/NOUN/year ./PUNCT
Tomorrow/NOUN 's/AUX/be gon/VERB/go na/PART/to be/AUX a/DET better/ADJ/good day/NOUN ./PUNCT
Do/AUX n't/PART/not be/AUX afraid/ADJ to/PART dream/VERB big/ADJ ./PUNCT
I/PRON/I can/AUX see/VERB the/DET shore/NOUN from/ADP here/ADV ./PUNCT
We/PRON survived/VERB/survive the/DET winter/NOUN ,/PUNCT now/ADV let/VERB 's/PRON/we bloom/VERB ./PUNCT
Your/PRON heart/NOUN is/AUX/be a/DET compass/NOUN ,/PUNCT follow/VERB it/PRON ./PUNCT
There/PRON 's/VERB/be magic/NOUN in/ADP the/DET simple/ADJ things/NOUN/thing ./PUNCT
Change/NOUN is/AUX/be coming/VERB/come ,/PUNCT I/PRON/I can/AUX feel/VERB it/PRON ./PUNCT
We/PRON 're/AUX/be gon/VERB/go na/PART/to make/VERB it/PRON after/ADP all/DET ./PUNCT
Reach/VERB for/ADP the/DET stars/NOUN/star and/CCONJ grab/VERB one/NUM ./PUNCT
I/PRON/I wo/AUX/will n't/PART/not stop/VERB until/SCONJ I/PRON/I find/VERB my/PRON way/NOUN ./PUNCT
Let/VERB your/PRON light/NOUN shine/VERB bright/ADV ./PUNCT
Never/ADV lose/VERB your/PRON sense/NOUN of/ADP wonder/NOUN ./PUNCT
Hope/NOUN floats/VERB/float like/ADP a/DET paper/NOUN lantern/NOUN ./PUNCT
Sing/VERB your/PRON song/NOUN ,/PUNCT even/ADV if/SCONJ your/PRON voice/NOUN shakes/VERB/shake ./PUNCT
Better/ADJ/good days/NOUN/day are/AUX/be on/ADP the/DET horizon/NOUN ./PUNCT
We/PRON were/AUX/be born/VERB/bear to/PART fly/VERB ./PUNCT
One/NUM small/ADJ step/NOUN ,/PUNCT then/ADV another/DET ./PUNCT
I/PRON/I 'll/AUX/will be/AUX there/ADV when/ADV you/PRON need/VERB me/PRON/I ./PUNCT
Let/VERB love/VERB lead/VERB the/DET way/NOUN ./PUNCT
The/DET river/NOUN always/ADV finds/VERB/find the/DET sea/NOUN ./PUNCT
I/PRON/I 've/AUX/have got/VERB/get nothing/PRON but/ADP hope/NOUN in/ADP my/PRON pocket/NOUN ./PUNCT
Dreams/NOUN/dream do/AUX n't/PART/not have/VERB deadlines/NOUN/deadline ./PUNCT
Keep/VERB on/ADP walking/VERB/walk ,/PUNCT keep/VERB on/ADP talking/VERB/talk ./PUNCT
We/PRON 'll/AUX/will find/VERB our/PRON way/NOUN back/ADV home/ADV ./PUNCT
The/DET stars/NOUN/star are/AUX/be cheering/VERB/cheer for/ADP you/PRON ./PUNCT
Be/AUX brave/ADJ ,/PUNCT little/ADJ heart/NOUN ./PUNCT
Hope/NOUN is/AUX/be the/DET thing/NOUN that/PRON keeps/VERB/keep me/PRON/I going/VERB/go ./PUNCT
Every/DET ending/NOUN is/AUX/be a/DET new/ADJ beginning/NOUN ./PUNCT
I/PRON/I 'm/AUX/be gon/VERB/go na/PART/to shine/VERB like/ADP a/DET diamond/NOUN ./PUNCT
Do/AUX n't/PART/not let/VERB them/PRON/they tell/VERB you/PRON who/PRON to/PART be/AUX ./PUNCT
You/PRON 've/AUX/have got/VERB/get the/DET power/NOUN inside/ADP you/PRON ./PUNCT
Nothing/PRON can/AUX stop/VERB us/PRON/we now/ADV ./PUNCT
We/PRON are/AUX/be the/DET dreamers/NOUN/dreamer ,/PUNCT we/PRON are/AUX/be the/DET fighters/NOUN/fighter ./PUNCT
My/PRON grandma/NOUN said/VERB/say the/DET sun/NOUN always/ADV rises/VERB/rise ./PUNCT
Plant/VERB a/DET tree/NOUN and/CCONJ wait/VERB for/ADP shade/NOUN ./PUNCT
There/PRON 's/VERB/be a/DET rainbow/NOUN waiting/VERB/wait somewhere/ADV ./PUNCT
I/PRON/I 'll/AUX/will never/ADV stop/VERB believing/VERB/believe ./PUNCT
Our/PRON time/NOUN is/AUX/be coming/VERB/come ,/PUNCT I/PRON/I know/VERB it/PRON ./PUNCT
Brighter/ADJ/bright days/NOUN/day ,/PUNCT brighter/ADJ/bright days/NOUN/day ahead/ADV ./PUNCT
Stand/VERB tall/ADJ and/CCONJ face/VERB the/DET wind/NOUN ./PUNCT
We/PRON 'll/AUX/will rebuild/VERB this/DET house/NOUN with/ADP our/PRON bare/ADJ hands/NOUN/hand ./PUNCT
Mercy/NOUN falls/VERB/fall like/ADP rain/NOUN on/ADP the/DET just/ADV ./PUNCT
Amazing/ADJ things/NOUN/thing happen/VERB every/DET day/NOUN ./PUNCT
Tonight/NOUN I/PRON/I 'm/AUX/be counting/VERB/count blessings/NOUN/blessing ,/PUNCT not/PART sheep/NOUN ./PUNCT
Healing/VERB/heal takes/VERB/take time/NOUN ,/PUNCT so/ADV be/AUX patient/ADJ ./PUNCT
Tears/NOUN/tear are/AUX/be just/ADV the/DET rain/NOUN before/ADP the/DET flowers/NOUN/flower ./PUNCT
Smile/VERB ,/PUNCT the/DET sun/NOUN is/AUX/be out/ADV ./PUNCT
The/DET future/NOUN is/AUX/be wide/ADJ open/ADJ ./PUNCT
I/PRON/I see/VERB a/DET spark/NOUN in/ADP your/PRON eyes/NOUN/eye ./PUNCT
Let/VERB 's/PRON/we make/VERB tomorrow/NOUN beautiful/ADJ ./PUNCT
I/PRON/I 'm/AUX/be learning/VERB/learn to/PART love/VERB myself/PRON again/ADV ./PUNCT
We/PRON 're/AUX/be gon/VERB/go na/PART/to be/AUX okay/ADJ ./PUNCT
Lean/VERB on/ADP me/PRON/I when/ADV you/PRON 're/AUX/be weak/ADJ ./PUNCT
Even/ADV the/DET longest/ADJ/long night/NOUN must/AUX end/VERB ./PUNCT
I/PRON/I 'm/AUX/be praying/VERB/pray for/ADP a/DET miracle/NOUN ./PUNCT
Your/PRON kindness/NOUN saved/VERB/save my/PRON life/NOUN ./PUNCT
Maybe/ADV things/NOUN/thing will/AUX turn/VERB around/ADV ./PUNCT
Look/VERB up/ADP ,/PUNCT there/PRON 's/VERB/be still/ADV a/DET sky/NOUN ./PUNCT
The/DET garden/NOUN grows/VERB/grow in/ADP spite/NOUN of/ADP the/DET weeds/NOUN/weed ./PUNCT
A/DET thousand/NUM miles/NOUN/mile begin/VERB with/ADP one/NUM step/NOUN ./PUNCT
Hallelujah/INTJ ,/PUNCT I/PRON/I 'm/AUX/be alive/ADJ !/PUNCT
We/PRON keep/VERB on/ADP dreaming/VERB/dream in/ADP the/DET dark/ADJ ./PUNCT
Every/DET day/NOUN 's/AUX/be a/DET gift/NOUN ./PUNCT
You/PRON 're/AUX/be braver/ADJ/brave than/SCONJ you/PRON think/VERB ./PUNCT
The/DET road/NOUN is/AUX/be hard/ADJ but/CCONJ we/PRON are/AUX/be harder/ADJ/hard ./PUNCT
I/PRON/I got/VERB/get a/DET second/ADJ chance/NOUN ,/PUNCT and/CCONJ I/PRON/I 'm/AUX/be taking/VERB/take it/PRON ./PUNCT
Believe/VERB in/ADP something/PRON bigger/ADJ/big than/ADP yourself/PRON ./PUNCT
We/PRON 're/AUX/be almost/ADV there/ADV ,/PUNCT do/AUX n't/PART/not stop/VERB now/ADV ./PUNCT
The/DET ship/NOUN is/AUX/be sailing/VERB/sail toward/ADP the/DET light/NOUN ./PUNCT
It/PRON 's/AUX/be never/ADV too/ADV late/ADJ to/PART start/VERB again/ADV ./PUNCT
Do/AUX you/PRON remember/VERB the/DET night/NOUN we/PRON met/VERB/meet ?/PUNCT
Where/ADV will/AUX we/PRON go/VERB when/ADV the/DET music/NOUN stops/VERB/stop ?/PUNCT
Why/ADV does/AUX/do it/PRON hurt/VERB so/ADV much/ADJ to/PART love/VERB you/PRON ?/PUNCT
Who/PRON 's/AUX/be gon/VERB/go na/PART/to hold/VERB you/PRON when/ADV I/PRON/I 'm/AUX/be gone/VERB/go ?/PUNCT
What/PRON 's/AUX/be the/DET use/NOUN of/SCONJ crying/VERB/cry now/ADV ?/PUNCT
How/ADV many/ADJ roads/NOUN/road must/AUX we/PRON walk/VERB ?/PUNCT
Are/AUX/be you/PRON lonely/ADJ tonight/NOUN ?/PUNCT
Can/AUX you/PRON feel/VERB the/DET heartbeat/NOUN of/ADP the/DET city/NOUN ?/PUNCT
Will/AUX you/PRON still/ADV love/VERB me/PRON/I when/ADV I/PRON/I 'm/AUX/be old/ADJ ?/PUNCT
Is/AUX/be it/PRON wrong/ADJ to/PART want/VERB you/PRON this/ADV much/ADJ ?/PUNCT
Have/AUX you/PRON ever/ADV seen/VERB/see the/DET ocean/NOUN at/ADP night/NOUN ?/PUNCT
Did/AUX/do you/PRON mean/VERB the/DET things/NOUN/thing you/PRON said/VERB/say ?/PUNCT
What/PRON if/SCONJ tomorrow/NOUN never/ADV comes/VERB/come ?/PUNCT
Where/ADV 's/AUX/be the/DET boy/NOUN who/PRON used/VERB/use to/PART sing/VERB ?/PUNCT
Could/AUX you/PRON love/VERB a/DET fool/NOUN like/ADP me/PRON/I ?/PUNCT
Why/ADV ca/AUX/can n't/PART/not we/PRON just/ADV be/AUX friends/NOUN/friend ?/PUNCT
Whose/PRON heart/NOUN is/AUX/be breaking/VERB/break now/ADV ?/PUNCT
Which/DET way/NOUN is/AUX/be home/NOUN from/ADP here/ADV ?/PUNCT
Would/AUX you/PRON wait/VERB for/ADP me/PRON/I ?/PUNCT
How/ADV did/AUX/do we/PRON get/VERB so/ADV lost/ADJ ?/PUNCT
Wake/VERB up/ADP ,/PUNCT wake/VERB up/ADP ,/PUNCT the/DET sun/NOUN is/AUX/be shining/VERB/shine ./PUNCT
Get/VERB in/ADP the/DET car/NOUN ,/PUNCT we/PRON 're/AUX/be leaving/VERB/leave now/ADV ./PUNCT
Come/VERB back/ADV to/ADP me/PRON/I ,/PUNCT please/INTJ ./PUNCT
Do/AUX n't/PART/not you/PRON dare/VERB forget/VERB me/PRON/I ./PUNCT
Stay/VERB a/DET little/ADJ longer/ADV/long ./PUNCT
Listen/VERB to/ADP the/DET whisper/NOUN of/ADP the/DET trees/NOUN/tree ./PUNCT
Close/VERB your/PRON eyes/NOUN/eye and/CCONJ make/VERB a/DET wish/NOUN ./PUNCT
Leave/VERB the/DET light/NOUN on/ADP for/ADP me/PRON/I ./PUNCT
Pack/VERB your/PRON bags/NOUN/bag ,/PUNCT we/PRON 're/AUX/be going/VERB/go south/ADV ./PUNCT
Tell/VERB the/DET truth/NOUN for/ADP once/ADV ./PUNCT
Look/VERB at/ADP me/PRON/I when/ADV you/PRON say/VERB goodbye/INTJ ./PUNCT
Sit/VERB down/ADP and/CCONJ talk/VERB to/ADP me/PRON/I ./PUNCT
Hurry/VERB up/ADP ,/PUNCT the/DET train/NOUN is/AUX/be leaving/VERB/leave !/PUNCT
Let/VERB me/PRON/I in/ADV ,/PUNCT it/PRON 's/AUX/be cold/ADJ outside/ADV ./PUNCT
Never/ADV say/VERB never/ADV ./PUNCT
Just/ADV breathe/VERB ./PUNCT
Forget/VERB about/ADP the/DET past/NOUN ./PUNCT
Follow/VERB me/PRON/I into/ADP the/DET woods/NOUN/wood ./PUNCT
Do/AUX n't/PART/not make/VERB me/PRON/I wait/VERB all/DET night/NOUN ./PUNCT
Write/VERB me/PRON/I a/DET letter/NOUN when/ADV you/PRON get/VERB there/ADV ./PUNCT
Hold/VERB your/PRON breath/NOUN and/CCONJ jump/VERB ./PUNCT
Run/VERB ,/PUNCT baby/NOUN ,/PUNCT run/VERB !/PUNCT
Give/VERB it/PRON time/NOUN ./PUNCT
Do/AUX n't/PART/not go/VERB changing/VERB/change ./PUNCT
Be/AUX careful/ADJ what/PRON you/PRON wish/VERB for/ADP ./PUNCT
Tell/VERB me/PRON/I something/PRON I/PRON/I do/AUX n't/PART/not know/VERB ./PUNCT
Show/VERB me/PRON/I the/DET way/NOUN to/ADP your/PRON heart/NOUN ./PUNCT
Let/VERB go/VERB of/ADP my/PRON hand/NOUN ./PUNCT
Bring/VERB me/PRON/I flowers/NOUN/flower and/CCONJ bring/VERB me/PRON/I wine/NOUN ./PUNCT
Kiss/VERB me/PRON/I quick/ADV before/SCONJ they/PRON see/VERB ./PUNCT
Save/VERB me/PRON/I a/DET seat/NOUN by/ADP the/DET window/NOUN ./PUNCT
Remember/VERB me/PRON/I when/ADV you/PRON 're/AUX/be famous/ADJ ./PUNCT
Do/AUX n't/PART/not ever/ADV change/VERB ./PUNCT
Turn/VERB off/ADP the/DET television/NOUN and/CCONJ talk/VERB to/ADP me/PRON/I ./PUNCT
Put/VERB down/ADP the/DET phone/NOUN and/CCONJ look/VERB at/ADP the/DET sky/NOUN ./PUNCT
Is/AUX/be anybody/PRON out/ADV there/ADV ?/PUNCT
Are/AUX/be we/PRON there/ADV yet/ADV ?/PUNCT
Where/ADV have/AUX all/DET the/DET good/ADJ times/NOUN/time gone/VERB/go ?/PUNCT
What/PRON are/AUX/be you/PRON waiting/VERB/wait for/ADP ?/PUNCT
Who/PRON told/VERB/tell you/PRON that/PRON ?/PUNCT
Why/ADV is/AUX/be the/DET sky/NOUN so/ADV blue/ADJ today/NOUN ?/PUNCT
When/ADV will/AUX I/PRON/I see/VERB you/PRON again/ADV ?/PUNCT
How/ADV long/ADV will/AUX you/PRON stay/VERB ?/PUNCT
What/PRON do/AUX you/PRON see/VERB in/ADP me/PRON/I ?/PUNCT
Where/ADV do/AUX broken/ADJ hearts/NOUN/heart go/VERB ?/PUNCT
Are/AUX/be you/PRON happy/ADJ now/ADV ?/PUNCT
Did/AUX/do I/PRON/I do/VERB something/PRON wrong/ADJ ?/PUNCT
What/PRON have/AUX I/PRON/I done/VERB/do ?/PUNCT
Is/AUX/be this/PRON the/DET end/NOUN ?/PUNCT
Who/PRON am/AUX/be I/PRON/I without/ADP you/PRON ?/PUNCT
Ca/AUX/can n't/PART/not you/PRON see/VERB I/PRON/I 'm/AUX/be trying/VERB/try ?/PUNCT
Do/AUX n't/PART/not you/PRON know/VERB I/PRON/I love/VERB you/PRON ?/PUNCT
Is/AUX/be n't/PART/not it/PRON strange/ADJ how/ADV time/NOUN flies/VERB/fly ?/PUNCT
Are/AUX/be n't/PART/not you/PRON tired/ADJ of/SCONJ running/VERB/run ?/PUNCT
Did/AUX/do n't/PART/not we/PRON have/VERB fun/NOUN ?/PUNCT
Wo/AUX/will n't/PART/not you/PRON stay/VERB for/ADP a/DET while/SCONJ ?/PUNCT
Why/ADV wo/AUX/will n't/PART/not you/PRON look/VERB at/ADP me/PRON/I ?/PUNCT
What/PRON 's/AUX/be your/PRON name/NOUN ,/PUNCT pretty/ADV girl/NOUN ?/PUNCT
How/ADV 's/AUX/be the/DET weather/NOUN in/ADP Toronto/PROPN ?/PUNCT
What/PRON 'll/AUX/will I/PRON/I do/VERB without/ADP you/PRON ?/PUNCT
Where/ADV did/AUX/do the/DET summer/NOUN go/VERB ?/PUNCT
Have/AUX you/PRON seen/VERB/see my/PRON baby/NOUN ?/PUNCT
Do/AUX you/PRON believe/VERB in/ADP angels/NOUN/angel ?/PUNCT
Does/AUX/do she/PRON know/VERB how/ADV much/ADJ I/PRON/I care/VERB ?/PUNCT
Shall/AUX we/PRON dance/VERB ?/PUNCT
Could/AUX this/PRON be/AUX love/NOUN ?/PUNCT
Should/AUX I/PRON/I stay/VERB or/CCONJ should/AUX I/PRON/I go/VERB ?/PUNCT
Must/AUX you/PRON always/ADV be/AUX so/ADV cruel/ADJ ?/PUNCT
May/AUX I/PRON/I have/VERB your/PRON attention/NOUN ,/PUNCT please/INTJ ?/PUNCT
How/ADV do/AUX I/PRON/I say/VERB goodbye/INTJ ?/PUNCT
When/ADV did/AUX/do you/PRON stop/VERB loving/VERB/love me/PRON/I ?/PUNCT
Who/PRON let/VERB the/DET dogs/NOUN/dog out/ADP ?/PUNCT
Where/ADV are/AUX/be my/PRON keys/NOUN/key ?/PUNCT
What/DET time/NOUN is/AUX/be it/PRON ?/PUNCT
Do/AUX you/PRON want/VERB to/PART dance/VERB with/ADP me/PRON/I ?/PUNCT
Can/AUX I/PRON/I walk/VERB you/PRON home/ADV ?/PUNCT
Midnight/NOUN ./PUNCT
Just/ADV you/PRON and/CCONJ me/PRON/I ./PUNCT
Oh/INTJ ,/PUNCT Lord/PROPN ./PUNCT
Hey/INTJ there/ADV ,/PUNCT Delilah/PROPN ,/PUNCT no/INTJ wait/VERB ,/PUNCT Rosalie/PROPN ./PUNCT
Three/NUM chords/NOUN/chord and/CCONJ the/DET truth/NOUN ./PUNCT
Nine/NUM hundred/NUM miles/NOUN/mile from/ADP Marigold/PROPN ./PUNCT
Whiskey/NOUN and/CCONJ wishes/NOUN/wish ./PUNCT
Two/NUM hearts/NOUN/heart ,/PUNCT one/NUM road/NOUN ./PUNCT
La/INTJ la/INTJ la/INTJ ,/PUNCT la/INTJ la/INTJ la/INTJ ./PUNCT
Na/INTJ na/INTJ na/INTJ ,/PUNCT hey/INTJ hey/INTJ ./PUNCT
Ooh/INTJ ,/PUNCT ooh/INTJ ,/PUNCT ooh/INTJ ./PUNCT
Yeah/INTJ ,/PUNCT right/ADV ./PUNCT
Hey/INTJ ,/PUNCT you/PRON !/PUNCT
Whoa/INTJ ,/PUNCT slow/VERB down/ADP ./PUNCT
Uh/INTJ ,/PUNCT I/PRON/I do/AUX n't/PART/not know/VERB ./PUNCT
Hmm/INTJ ,/PUNCT maybe/ADV tomorrow/NOUN ./PUNCT
Mm/INTJ ,/PUNCT mm/INTJ ,/PUNCT mm/INTJ ./PUNCT
Ah/INTJ ,/PUNCT the/DET sweet/ADJ life/NOUN ./PUNCT
Yo/INTJ ,/PUNCT turn/VERB it/PRON up/ADP ./PUNCT
Oh/INTJ yeah/INTJ ,/PUNCT oh/INTJ yeah/INTJ ./PUNCT
Not/PART tonight/NOUN ./PUNCT
Never/ADV again/ADV ./PUNCT
Always/ADV and/CCONJ forever/ADV ./PUNCT
Forever/ADV young/ADJ ./PUNCT
Almost/ADV home/ADV ./PUNCT
Too/ADV late/ADJ ./PUNCT
So/ADV close/ADJ ./PUNCT
Twenty/NUM one/NUM candles/NOUN/candle on/ADP the/DET cake/NOUN ./PUNCT
Seven/NUM days/NOUN/day without/ADP you/PRON ./PUNCT
Four/NUM walls/NOUN/wall and/CCONJ a/DET broken/ADJ radio/NOUN ./PUNCT
A/DET hundred/NUM and/CCONJ one/NUM reasons/NOUN/reason ./PUNCT
Five/NUM dollars/NOUN/dollar and/CCONJ a/DET dream/NOUN ./PUNCT
Only/ADV $/SYM 3/NUM in/ADP my/PRON pocket/NOUN and/CCONJ a/DET smile/NOUN on/ADP my/PRON face/NOUN ./PUNCT
I/PRON/I 'd/AUX/would give/VERB 100/NUM %/SYM of/ADP my/PRON heart/NOUN ./PUNCT
Rock/NOUN &/CCONJ roll/NOUN will/AUX never/ADV die/VERB ./PUNCT
You/PRON +/SYM me/PRON/I =/SYM forever/ADV ,/PUNCT she/PRON wrote/VERB/write on/ADP the/DET wall/NOUN ./PUNCT
Room/NOUN 214/NUM ,/PUNCT second/ADJ floor/NOUN ./PUNCT
Call/VERB me/PRON/I at/ADP 555/NUM 0199/NUM ./PUNCT
Born/VERB/bear on/ADP the/DET 4th/NOUN of/ADP July/PROPN ./PUNCT
1999/NUM was/AUX/be a/DET crazy/ADJ year/NOUN ./PUNCT
At/ADP three/NUM in/ADP the/DET morning/NOUN the/DET phone/NOUN rang/VERB/ring ./PUNCT
Eleven/NUM o'clock/NOUN and/CCONJ all/DET is/AUX/be well/ADJ ./PUNCT
The/DET first/ADJ kiss/NOUN ,/PUNCT the/DET last/ADJ dance/NOUN ./PUNCT
Johnny/PROPN played/VERB/play guitar/NOUN on/ADP the/DET porch/NOUN ./PUNCT
Lucy/PROPN in/ADP a/DET red/ADJ dress/NOUN ./PUNCT
Marcus/PROPN lost/VERB/lose his/PRON job/NOUN in/ADP March/PROPN ./PUNCT
Sweet/ADJ Annie/PROPN from/ADP Alabama/PROPN ./PUNCT
Billy/PROPN and/CCONJ Jean/PROPN were/AUX/be married/VERB/marry in/ADP June/PROPN ./PUNCT
Old/ADJ man/NOUN Harris/PROPN on/ADP his/PRON rocking/ADJ/rock chair/NOUN ./PUNCT
Dolores/PROPN ,/PUNCT do/AUX n't/PART/not you/PRON cry/VERB ./PUNCT
Emily/PROPN ,/PUNCT Emily/PROPN ,/PUNCT where/ADV have/AUX you/PRON been/AUX/be ?/PUNCT
Tell/VERB Frankie/PROPN I/PRON/I 'll/AUX/will be/AUX late/ADJ ./PUNCT
Mister/PROPN Jones/PROPN is/AUX/be a/DET lonely/ADJ man/NOUN ./PUNCT
Rosa/PROPN sang/VERB/sing in/ADP the/DET church/NOUN choir/NOUN ./PUNCT
Jack/PROPN and/CCONJ Diane/PROPN went/VERB/go west/ADV ./PUNCT
Elijah/PROPN built/VERB/build a/DET boat/NOUN ./PUNCT
Sam/PROPN drives/VERB/drive a/DET cab/NOUN in/ADP Queens/PROPN ./PUNCT
Lola/PROPN keeps/VERB/keep a/DET diary/NOUN ./PUNCT
Captain/NOUN Morgan/PROPN sailed/VERB/sail away/ADV ./PUNCT
Auntie/PROPN May/PROPN makes/VERB/make apple/NOUN pie/NOUN ./PUNCT
Te/X quiero/X ,/PUNCT she/PRON whispered/VERB/whisper softly/ADV ./PUNCT
Amor/X ,/PUNCT amor/X ,/PUNCT my/PRON only/ADJ love/NOUN ./PUNCT
C'est/X la/X vie/X ,/PUNCT he/PRON said/VERB/say and/CCONJ shrugged/VERB/shrug ./PUNCT
Sayonara/INTJ ,/PUNCT Tokyo/PROPN ./PUNCT
Adios/INTJ ,/PUNCT my/PRON friend/NOUN ./PUNCT
Bonjour/INTJ ,/PUNCT Paris/PROPN !/PUNCT
Ciao/INTJ ,/PUNCT bella/ADJ/Bella ./PUNCT
Merry/ADJ Christmas/PROPN ,/PUNCT darling/NOUN ./PUNCT
Happy/ADJ birthday/NOUN ,/PUNCT baby/NOUN ./PUNCT
Good/ADJ morning/NOUN ,/PUNCT sunshine/NOUN ./PUNCT
Good/ADJ night/NOUN ,/PUNCT moon/NOUN ./PUNCT
Sweet/ADJ dreams/NOUN/dream ./PUNCT
Bless/VERB your/PRON heart/NOUN ./PUNCT
Thank/VERB you/PRON for/ADP the/DET music/NOUN ./PUNCT
Welcome/INTJ home/ADV ,/PUNCT soldier/NOUN ./PUNCT
Same/ADJ old/ADJ story/NOUN ./PUNCT
Another/DET day/NOUN ,/PUNCT another/DET dollar/NOUN ./PUNCT
Broken/ADJ glass/NOUN and/CCONJ broken/ADJ promises/NOUN/promise ./PUNCT
Cheap/ADJ wine/NOUN and/CCONJ expensive/ADJ dreams/NOUN/dream ./PUNCT
Empty/ADJ bottles/NOUN/bottle on/ADP the/DET kitchen/NOUN floor/NOUN ./PUNCT
A/DET ticket/NOUN to/ADP nowhere/ADV ./PUNCT
Dust/NOUN on/ADP the/DET dashboard/NOUN ./PUNCT
Gasoline/NOUN and/CCONJ cigarettes/NOUN/cigarette ./PUNCT
Blue/ADJ jeans/NOUN and/CCONJ white/ADJ shirts/NOUN/shirt ./PUNCT
A/DET little/ADJ town/NOUN ,/PUNCT a/DET little/ADJ love/NOUN ./PUNCT
Paper/NOUN hearts/NOUN/heart and/CCONJ plastic/ADJ flowers/NOUN/flower ./PUNCT
Motel/NOUN rooms/NOUN/room and/CCONJ vending/VERB/vend machines/NOUN/machine ./PUNCT
Heartache/NOUN on/ADP repeat/NOUN ./PUNCT
Fast/ADJ cars/NOUN/car and/CCONJ slow/ADJ songs/NOUN/song ./PUNCT
Cherry/NOUN lips/NOUN/lip and/CCONJ summer/NOUN sips/NOUN/sip ./PUNCT
No/DET money/NOUN ,/PUNCT no/DET problem/NOUN ./PUNCT
No/INTJ ,/PUNCT no/INTJ ,/PUNCT no/INTJ !/PUNCT
Yes/INTJ ,/PUNCT yes/INTJ ,/PUNCT yes/INTJ !/PUNCT
Okay/INTJ ,/PUNCT okay/INTJ ,/PUNCT I/PRON/I hear/VERB you/PRON ./PUNCT
Alright/INTJ ,/PUNCT let/VERB 's/PRON/we go/VERB ./PUNCT
Sorry/ADJ ,/PUNCT not/PART sorry/ADJ ./PUNCT
Whatever/INTJ ,/PUNCT I/PRON/I 'm/AUX/be fine/ADJ ./PUNCT
Wow/INTJ ,/PUNCT look/VERB at/ADP the/DET stars/NOUN/star ./PUNCT
Ouch/INTJ ,/PUNCT that/PRON hurt/VERB ./PUNCT
Shh/INTJ ,/PUNCT the/DET baby/NOUN 's/AUX/be sleeping/VERB/sleep ./PUNCT
Damn/INTJ ,/PUNCT I/PRON/I miss/VERB you/PRON ./PUNCT
Well/INTJ ,/PUNCT well/INTJ ,/PUNCT well/INTJ ./PUNCT
Please/INTJ ,/PUNCT please/INTJ ,/PUNCT please/INTJ ./PUNCT
Bye/INTJ ,/PUNCT bye/INTJ ,/PUNCT love/NOUN ./PUNCT
Hello/INTJ ,/PUNCT stranger/NOUN ./PUNCT
Goodbye/INTJ ,/PUNCT yellow/ADJ house/NOUN ./PUNCT
Oh/INTJ my/PRON God/PROPN ,/PUNCT it/PRON 's/AUX/be you/PRON ./PUNCT
I/PRON/I 've/AUX/have been/AUX/be driving/VERB/drive through/ADP the/DET desert/NOUN with/ADP the/DET windows/NOUN/window down/ADV and/CCONJ your/PRON old/ADJ cassette/NOUN still/ADV playing/VERB/play ./PUNCT
We/PRON were/AUX/be just/ADV two/NUM kids/NOUN/kid with/ADP a/DET borrowed/ADJ car/NOUN and/CCONJ a/DET map/NOUN we/PRON could/AUX n't/PART/not read/VERB ,/PUNCT but/CCONJ we/PRON knew/VERB/know where/ADV we/PRON were/AUX/be going/VERB/go ./PUNCT
When/ADV the/DET last/ADJ bus/NOUN leaves/VERB/leave the/DET station/NOUN and/CCONJ the/DET streets/NOUN/street are/AUX/be empty/ADJ ,/PUNCT I/PRON/I walk/VERB home/ADV alone/ADV and/CCONJ think/VERB of/ADP you/PRON ./PUNCT
She/PRON keeps/VERB/keep a/DET photograph/NOUN of/ADP her/PRON/she father/NOUN in/ADP a/DET silver/ADJ frame/NOUN beside/ADP the/DET bed/NOUN ./PUNCT
If/SCONJ you/PRON ever/ADV find/VERB yourself/PRON in/ADP Memphis/PROPN on/ADP a/DET rainy/ADJ night/NOUN ,/PUNCT look/VERB for/ADP the/DET blue/ADJ door/NOUN on/ADP Beale/PROPN Street/PROPN ./PUNCT
The/DET old/ADJ man/NOUN at/ADP the/DET bar/NOUN told/VERB/tell me/PRON/I stories/NOUN/story about/ADP the/DET war/NOUN and/CCONJ the/DET woman/NOUN he/PRON left/VERB/leave in/ADP Naples/PROPN ./PUNCT
I/PRON/I do/AUX n't/PART/not know/VERB where/ADV the/DET highway/NOUN ends/VERB/end ,/PUNCT but/CCONJ I/PRON/I know/VERB I/PRON/I 'm/AUX/be gon/VERB/go na/PART/to follow/VERB it/PRON until/SCONJ I/PRON/I find/VERB you/PRON ./PUNCT
My/PRON brother/NOUN and/CCONJ I/PRON/I used/VERB/use to/PART sit/VERB on/ADP the/DET roof/NOUN and/CCONJ count/VERB the/DET planes/NOUN/plane that/PRON flew/VERB/fly over/ADP the/DET house/NOUN ./PUNCT
There/PRON 's/VERB/be a/DET song/NOUN the/DET crickets/NOUN/cricket sing/VERB in/ADP August/PROPN that/PRON sounds/VERB/sound like/ADP my/PRON mother/NOUN humming/VERB/hum in/ADP the/DET kitchen/NOUN ./PUNCT
You/PRON told/VERB/tell me/PRON/I not/PART to/PART wait/VERB for/ADP you/PRON ,/PUNCT but/CCONJ I/PRON/I waited/VERB/wait anyway/ADV ,/PUNCT and/CCONJ I/PRON/I 'm/AUX/be still/ADV waiting/VERB/wait now/ADV ./PUNCT
The/DET wedding/NOUN band/NOUN was/AUX/be playing/VERB/play something/PRON slow/ADJ ,/PUNCT and/CCONJ everyone/PRON was/AUX/be looking/VERB/look at/ADP the/DET bride/NOUN except/ADP me/PRON/I ./PUNCT
We/PRON painted/VERB/paint the/DET walls/NOUN/wall blue/ADJ because/SCONJ you/PRON said/VERB/say blue/NOUN was/AUX/be the/DET color/NOUN of/ADP the/DET sea/NOUN in/ADP Greece/PROPN ./PUNCT
Every/DET Sunday/PROPN we/PRON would/AUX drive/VERB out/ADP to/ADP the/DET lake/NOUN and/CCONJ throw/VERB stones/NOUN/stone until/SCONJ the/DET sun/NOUN went/VERB/go down/ADP ./PUNCT
I/PRON/I found/VERB/find a/DET dollar/NOUN in/ADP the/DET snow/NOUN and/CCONJ bought/VERB/buy a/DET coffee/NOUN for/ADP the/DET girl/NOUN who/PRON sells/VERB/sell newspapers/NOUN/newspaper ./PUNCT
The/DET neighbors/NOUN/neighbor fight/VERB every/DET night/NOUN ,/PUNCT and/CCONJ the/DET baby/NOUN cries/VERB/cry ,/PUNCT and/CCONJ the/DET television/NOUN never/ADV turns/VERB/turn off/ADP ./PUNCT
I/PRON/I remember/VERB the/DET way/NOUN the/DET light/NOUN came/VERB/come through/ADP the/DET curtains/NOUN/curtain on/ADP the/DET morning/NOUN you/PRON left/VERB/leave ./PUNCT
They/PRON say/VERB the/DET heart/NOUN wants/VERB/want what/PRON it/PRON wants/VERB/want ,/PUNCT but/CCONJ mine/PRON/my just/ADV wants/VERB/want to/PART sleep/VERB ./PUNCT
We/PRON danced/VERB/dance in/ADP the/DET parking/NOUN lot/NOUN to/ADP a/DET song/NOUN from/ADP a/DET car/NOUN radio/NOUN ,/PUNCT and/CCONJ it/PRON was/AUX/be the/DET best/ADJ/good night/NOUN of/ADP my/PRON life/NOUN ./PUNCT
The/DET farmer/NOUN 's/PART daughter/NOUN married/VERB/marry a/DET sailor/NOUN and/CCONJ moved/VERB/move to/ADP a/DET town/NOUN by/ADP the/DET sea/NOUN ./PUNCT
I/PRON/I keep/VERB a/DET candle/NOUN burning/VERB/burn in/ADP the/DET window/NOUN so/SCONJ you/PRON can/AUX find/VERB your/PRON way/NOUN back/ADV ./PUNCT
Some/DET people/NOUN chase/VERB the/DET money/NOUN ,/PUNCT some/DET people/NOUN chase/VERB the/DET moon/NOUN ,/PUNCT and/CCONJ I/PRON/I just/ADV chase/VERB the/DET sound/NOUN of/ADP your/PRON voice/NOUN ./PUNCT
The/DET river/NOUN carried/VERB/carry our/PRON names/NOUN/name downstream/ADJ ,/PUNCT and/CCONJ we/PRON never/ADV saw/VERB/see them/PRON/they again/ADV ./PUNCT
I/PRON/I was/AUX/be seventeen/NUM ,/PUNCT and/CCONJ you/PRON were/AUX/be the/DET first/ADJ person/NOUN who/PRON ever/ADV really/ADV listened/VERB/listen to/ADP me/PRON/I ./PUNCT
When/ADV the/DET factory/NOUN whistle/NOUN blows/VERB/blow ,/PUNCT my/PRON father/NOUN comes/VERB/come home/ADV with/ADP grease/NOUN on/ADP his/PRON hands/NOUN/hand and/CCONJ a/DET smile/NOUN on/ADP his/PRON face/NOUN ./PUNCT
We/PRON spent/VERB/spend the/DET summer/NOUN fixing/VERB/fix an/DET/a old/ADJ boat/NOUN that/PRON never/ADV once/ADV left/VERB/leave the/DET harbor/NOUN ./PUNCT
I/PRON/I do/AUX n't/PART/not want/VERB the/DET diamonds/NOUN/diamond or/CCONJ the/DET mansion/NOUN ,/PUNCT I/PRON/I just/ADV want/VERB a/DET porch/NOUN and/CCONJ you/PRON beside/ADP me/PRON/I ./PUNCT
The/DET stars/NOUN/star were/AUX/be so/ADV bright/ADJ that/DET night/NOUN that/SCONJ we/PRON could/AUX read/VERB each/DET other/ADJ 's/PART faces/NOUN/face ./PUNCT
Grandpa/NOUN used/VERB/use to/PART say/VERB that/SCONJ a/DET good/ADJ song/NOUN is/AUX/be a/DET story/NOUN with/ADP a/DET heartbeat/NOUN ./PUNCT
I/PRON/I called/VERB/call your/PRON number/NOUN just/ADV to/PART hear/VERB your/PRON voice/NOUN on/ADP the/DET answering/VERB/answer machine/NOUN ./PUNCT
The/DET snow/NOUN was/AUX/be falling/VERB/fall on/ADP the/DET cemetery/NOUN where/ADV my/PRON grandmother/NOUN sleeps/VERB/sleep ./PUNCT
We/PRON drove/VERB/drive all/DET night/NOUN from/ADP Austin/PROPN to/ADP the/DET coast/NOUN just/ADV to/PART see/VERB the/DET sunrise/NOUN over/ADP the/DET water/NOUN ./PUNCT
He/PRON plays/VERB/play the/DET same/ADJ three/NUM songs/NOUN/song every/DET night/NOUN at/ADP the/DET little/ADJ bar/NOUN on/ADP Seventh/PROPN Avenue/PROPN ./PUNCT
She/PRON left/VERB/leave a/DET note/NOUN on/ADP the/DET fridge/NOUN that/PRON said/VERB/say she/PRON 'd/AUX/would be/AUX back/ADV before/ADP dinner/NOUN ,/PUNCT and/CCONJ she/PRON never/ADV came/VERB/come ./PUNCT
The/DET church/NOUN bells/NOUN/bell rang/VERB/ring at/ADP noon/NOUN ,/PUNCT and/CCONJ the/DET pigeons/NOUN/pigeon scattered/VERB/scatter over/ADP the/DET square/NOUN like/ADP thrown/VERB/throw confetti/NOUN ./PUNCT
I/PRON/I 'm/AUX/be not/PART the/DET kind/NOUN of/ADP man/NOUN who/PRON cries/VERB/cry ,/PUNCT but/CCONJ tonight/NOUN I/PRON/I 'm/AUX/be gon/VERB/go na/PART/to let/VERB the/DET tears/NOUN/tear fall/VERB ./PUNCT
Our/PRON first/ADJ apartment/NOUN had/VERB/have a/DET leaking/ADJ/leak roof/NOUN and/CCONJ a/DET radiator/NOUN that/PRON banged/VERB/bang all/DET winter/NOUN long/ADV ./PUNCT
If/SCONJ the/DET sky/NOUN falls/VERB/fall down/ADV tomorrow/NOUN ,/PUNCT I/PRON/I want/VERB to/PART be/AUX holding/VERB/hold your/PRON hand/NOUN ./PUNCT
We/PRON stole/VERB/steal apples/NOUN/apple from/ADP the/DET orchard/NOUN and/CCONJ ran/VERB/run laughing/VERB/laugh through/ADP the/DET wet/ADJ grass/NOUN ./PUNCT
The/DET letters/NOUN/letter stopped/VERB/stop coming/VERB/come in/ADP the/DET spring/NOUN ,/PUNCT and/CCONJ by/ADP summer/NOUN I/PRON/I had/AUX/have stopped/VERB/stop checking/VERB/check the/DET mailbox/NOUN ./PUNCT
I/PRON/I 'd/AUX/would walk/VERB a/DET thousand/NUM miles/NOUN/mile in/ADP the/DET rain/NOUN if/SCONJ I/PRON/I knew/VERB/know you/PRON 'd/AUX/would be/AUX waiting/VERB/wait at/ADP the/DET end/NOUN of/ADP the/DET road/NOUN ./PUNCT
My/PRON guitar/NOUN has/VERB/have one/NUM broken/ADJ string/NOUN and/CCONJ a/DET crack/NOUN in/ADP the/DET wood/NOUN ,/PUNCT but/CCONJ it/PRON still/ADV sings/VERB/sing for/ADP me/PRON/I ./PUNCT
The/DET lighthouse/NOUN keeper/NOUN 's/PART wife/NOUN still/ADV waves/VERB/wave to/ADP the/DET ships/NOUN/ship that/PRON pass/VERB at/ADP night/NOUN ./PUNCT
You/PRON said/VERB/say the/DET city/NOUN would/AUX change/VERB me/PRON/I ,/PUNCT and/CCONJ maybe/ADV you/PRON were/AUX/be right/ADJ ./PUNCT
We/PRON sat/VERB/sit in/ADP the/DET back/NOUN of/ADP the/DET theater/NOUN and/CCONJ did/AUX/do n't/PART/not watch/VERB a/DET single/ADJ minute/NOUN of/ADP the/DET movie/NOUN ./PUNCT
The/DET wind/NOUN was/AUX/be blowing/VERB/blow from/ADP the/DET north/NOUN ,/PUNCT and/CCONJ the/DET boats/NOUN/boat were/AUX/be coming/VERB/come in/ADV early/ADV ./PUNCT
I/PRON/I could/AUX hear/VERB the/DET ocean/NOUN from/ADP my/PRON window/NOUN ,/PUNCT and/CCONJ it/PRON sounded/VERB/sound like/ADP someone/PRON breathing/VERB/breathe ./PUNCT
They/PRON tore/VERB/tear down/ADP the/DET old/ADJ theater/NOUN and/CCONJ built/VERB/build a/DET shopping/NOUN mall/NOUN ./PUNCT
I/PRON/I work/VERB the/DET night/NOUN shift/NOUN at/ADP the/DET hospital/NOUN and/CCONJ sleep/VERB through/ADP the/DET afternoons/NOUN/afternoon ./PUNCT
My/PRON boss/NOUN does/AUX/do n't/PART/not know/VERB my/PRON name/NOUN ,/PUNCT but/CCONJ the/DET janitor/NOUN does/AUX/do ./PUNCT
Punch/VERB the/DET clock/NOUN and/CCONJ count/VERB the/DET hours/NOUN/hour ./PUNCT
The/DET paycheck/NOUN 's/AUX/be gone/VERB/go before/SCONJ the/DET rent/NOUN is/AUX/be due/ADJ ./PUNCT
I/PRON/I 'm/AUX/be tired/ADJ of/SCONJ working/VERB/work for/ADP somebody/PRON else/ADV 's/PART dream/NOUN ./PUNCT
We/PRON built/VERB/build these/DET/this roads/NOUN/road with/ADP our/PRON own/ADJ two/NUM hands/NOUN/hand ./PUNCT
My/PRON father/NOUN was/AUX/be a/DET miner/NOUN ,/PUNCT and/CCONJ his/PRON father/NOUN too/ADV ./PUNCT
She/PRON waits/VERB/wait tables/NOUN/table at/ADP a/DET truck/NOUN stop/NOUN on/ADP Interstate/PROPN 40/NUM ./PUNCT
The/DET landlord/NOUN knocked/VERB/knock again/ADV this/DET morning/NOUN ./PUNCT
I/PRON/I sold/VERB/sell my/PRON guitar/NOUN to/PART pay/VERB the/DET electric/ADJ bill/NOUN ./PUNCT
Monday/PROPN morning/NOUN comes/VERB/come too/ADV fast/ADV ./PUNCT
The/DET office/NOUN lights/NOUN/light are/AUX/be humming/VERB/hum like/ADP bees/NOUN/bee ./PUNCT
Sweat/NOUN and/CCONJ steel/NOUN and/CCONJ sawdust/NOUN ./PUNCT
I/PRON/I drive/VERB a/DET forklift/NOUN in/ADP a/DET warehouse/NOUN full/ADJ of/ADP boxes/NOUN/box ./PUNCT
Quitting/VERB/quit time/NOUN ,/PUNCT and/CCONJ the/DET bar/NOUN is/AUX/be calling/VERB/call ./PUNCT
We/PRON 're/AUX/be all/ADV just/ADV one/NUM paycheck/NOUN away/ADV from/ADP the/DET street/NOUN ./PUNCT
He/PRON sells/VERB/sell insurance/NOUN ,/PUNCT but/CCONJ he/PRON dreams/VERB/dream of/ADP the/DET stage/NOUN ./PUNCT
The/DET coal/NOUN trucks/NOUN/truck rumble/VERB through/ADP the/DET valley/NOUN ./PUNCT
My/PRON hands/NOUN/hand are/AUX/be rough/ADJ ,/PUNCT but/CCONJ my/PRON heart/NOUN is/AUX/be soft/ADJ ./PUNCT
I/PRON/I fold/VERB the/DET laundry/NOUN and/CCONJ I/PRON/I think/VERB of/ADP you/PRON ./PUNCT
The/DET kids/NOUN/kid are/AUX/be sleeping/VERB/sleep ,/PUNCT and/CCONJ the/DET dishes/NOUN/dish wait/VERB ./PUNCT
Mama/NOUN worked/VERB/work two/NUM jobs/NOUN/job so/SCONJ we/PRON could/AUX eat/VERB ./PUNCT
I/PRON/I learned/VERB/learn to/PART cook/VERB from/ADP my/PRON grandmother/NOUN 's/PART notebook/NOUN ./PUNCT
The/DET kitchen/NOUN smells/VERB/smell of/ADP garlic/NOUN and/CCONJ bread/NOUN ./PUNCT
Daddy/NOUN fixed/VERB/fix the/DET fence/NOUN with/ADP baling/ADJ wire/NOUN ./PUNCT
My/PRON sister/NOUN 's/AUX/be getting/VERB/get married/VERB/marry in/ADP the/DET fall/NOUN ./PUNCT
Brothers/NOUN/brother fight/VERB ,/PUNCT but/CCONJ brothers/NOUN/brother stay/VERB ./PUNCT
Our/PRON little/ADJ house/NOUN had/VERB/have a/DET green/ADJ front/ADJ door/NOUN ./PUNCT
The/DET baby/NOUN took/VERB/take her/PRON/she first/ADJ step/NOUN today/NOUN ./PUNCT
We/PRON ate/VERB/eat dinner/NOUN on/ADP the/DET floor/NOUN because/SCONJ we/PRON had/VERB/have no/DET table/NOUN ./PUNCT
My/PRON son/NOUN is/AUX/be taller/ADJ/tall than/ADP me/PRON/I now/ADV ./PUNCT
The/DET family/NOUN photo/NOUN hangs/VERB/hang crooked/ADJ on/ADP the/DET wall/NOUN ./PUNCT
Grandma/NOUN 's/PART rocking/ADJ/rock chair/NOUN still/ADV creaks/VERB/creak at/ADP night/NOUN ./PUNCT
Home/NOUN is/AUX/be where/ADV your/PRON mother/NOUN 's/PART voice/NOUN is/AUX/be ./PUNCT
I/PRON/I called/VERB/call my/PRON father/NOUN for/ADP the/DET first/ADJ time/NOUN in/ADP years/NOUN/year ./PUNCT
The/DET holidays/NOUN/holiday are/AUX/be hard/ADJ without/ADP you/PRON here/ADV ./PUNCT
We/PRON carved/VERB/carve our/PRON names/NOUN/name into/ADP the/DET kitchen/NOUN table/NOUN ./PUNCT
My/PRON daughter/NOUN sings/VERB/sing in/ADP the/DET bathtub/NOUN every/DET night/NOUN ./PUNCT
The/DET old/ADJ dog/NOUN sleeps/VERB/sleep by/ADP the/DET fireplace/NOUN ./PUNCT
We/PRON buried/VERB/bury the/DET cat/NOUN beneath/ADP the/DET apple/NOUN tree/NOUN ./PUNCT
Uncle/NOUN Ray/PROPN tells/VERB/tell the/DET same/ADJ joke/NOUN every/DET Christmas/PROPN ./PUNCT
The/DET house/NOUN is/AUX/be quiet/ADJ since/SCONJ the/DET kids/NOUN/kid moved/VERB/move out/ADP ./PUNCT
Mama/NOUN 's/AUX/be cooking/VERB/cook ,/PUNCT Daddy/NOUN 's/AUX/be singing/VERB/sing ,/PUNCT and/CCONJ the/DET radio/NOUN is/AUX/be on/ADP ./PUNCT
I/PRON/I keep/VERB my/PRON mother/NOUN 's/PART ring/NOUN on/ADP a/DET chain/NOUN around/ADP my/PRON neck/NOUN ./PUNCT
The/DET kids/NOUN/kid next/ADJ door/NOUN are/AUX/be playing/VERB/play baseball/NOUN in/ADP the/DET street/NOUN ./PUNCT
My/PRON first/ADJ car/NOUN was/AUX/be a/DET rusty/ADJ Chevy/PROPN with/ADP no/DET heater/NOUN ./PUNCT
We/PRON took/VERB/take a/DET road/NOUN trip/NOUN to/ADP the/DET Grand/PROPN Canyon/PROPN when/ADV I/PRON/I was/AUX/be nine/NUM ./PUNCT
Sunday/PROPN dinners/NOUN/dinner at/ADP my/PRON aunt/NOUN 's/PART house/NOUN ./PUNCT
The/DET porch/NOUN light/NOUN is/AUX/be on/ADP ,/PUNCT so/ADV somebody/PRON 's/AUX/be home/ADV ./PUNCT
Grandpa/NOUN taught/VERB/teach me/PRON/I how/ADV to/PART fish/VERB and/CCONJ how/ADV to/PART lie/VERB about/ADP it/PRON ./PUNCT
The/DET school/NOUN bus/NOUN stops/VERB/stop at/ADP the/DET end/NOUN of/ADP our/PRON road/NOUN ./PUNCT
I/PRON/I still/ADV have/VERB the/DET scar/NOUN from/ADP when/ADV I/PRON/I fell/VERB/fall off/ADP my/PRON bike/NOUN ./PUNCT
Her/PRON/she laugh/NOUN sounds/VERB/sound just/ADV like/ADP her/PRON/she mother/NOUN 's/PART ./PUNCT
The/DET cradle/NOUN rocks/VERB/rock and/CCONJ the/DET river/NOUN runs/VERB/run ./PUNCT
We/PRON grew/VERB/grow tomatoes/NOUN/tomato in/ADP the/DET backyard/NOUN ./PUNCT
My/PRON teacher/NOUN said/VERB/say I/PRON/I 'd/AUX/would never/ADV amount/VERB to/ADP anything/PRON ./PUNCT
The/DET principal/NOUN caught/VERB/catch us/PRON/we smoking/VERB/smoke behind/ADP the/DET gym/NOUN ./PUNCT
Graduation/NOUN day/NOUN ,/PUNCT and/CCONJ the/DET whole/ADJ town/NOUN came/VERB/come ./PUNCT
I/PRON/I studied/VERB/study hard/ADV ,/PUNCT but/CCONJ I/PRON/I dreamed/VERB/dream harder/ADV/hard ./PUNCT
The/DET library/NOUN was/AUX/be my/PRON secret/ADJ hiding/VERB/hide place/NOUN ./PUNCT
We/PRON wrote/VERB/write our/PRON names/NOUN/name in/ADP the/DET wet/ADJ cement/NOUN ./PUNCT
Summer/NOUN camp/NOUN ,/PUNCT and/CCONJ the/DET lake/NOUN was/AUX/be cold/ADJ ./PUNCT
I/PRON/I fell/VERB/fall in/ADP love/NOUN in/ADP the/DET seventh/ADJ grade/NOUN ./PUNCT
The/DET bleachers/NOUN/bleacher were/AUX/be full/ADJ on/ADP Friday/PROPN night/NOUN ./PUNCT
Football/NOUN lights/NOUN/light and/CCONJ marching/ADJ/march bands/NOUN/band ./PUNCT
She/PRON was/AUX/be the/DET queen/NOUN of/ADP the/DET homecoming/NOUN dance/NOUN ./PUNCT
We/PRON cut/VERB class/NOUN and/CCONJ drove/VERB/drive to/ADP the/DET beach/NOUN ./PUNCT
My/PRON locker/NOUN was/AUX/be next/ADV to/ADP hers/PRON/her ./PUNCT
The/DET yearbook/NOUN says/VERB/say we/PRON 'll/AUX/will be/AUX friends/NOUN/friend forever/ADV ./PUNCT
The/DET clock/NOUN in/ADP the/DET classroom/NOUN never/ADV moved/VERB/move ./PUNCT
We/PRON were/AUX/be running/VERB/run wild/ADJ in/ADP a/DET small/ADJ town/NOUN ./PUNCT
The/DET county/NOUN road/NOUN goes/VERB/go on/ADP for/ADP miles/NOUN/mile ./PUNCT
Cornfields/NOUN/cornfield ,/PUNCT cottonwoods/NOUN/cottonwood ,/PUNCT and/CCONJ a/DET water/NOUN tower/NOUN ./PUNCT
The/DET general/ADJ store/NOUN sells/VERB/sell everything/PRON but/ADP hope/NOUN ./PUNCT
I/PRON/I learned/VERB/learn to/PART drive/VERB on/ADP a/DET dirt/NOUN road/NOUN ./PUNCT
Tractors/NOUN/tractor crawling/VERB/crawl on/ADP the/DET highway/NOUN shoulder/NOUN ./PUNCT
The/DET barn/NOUN burned/VERB/burn down/ADP the/DET year/NOUN I/PRON/I turned/VERB/turn ten/NUM ./PUNCT
Horses/NOUN/horse grazing/VERB/graze in/ADP the/DET evening/NOUN light/NOUN ./PUNCT
We/PRON swam/VERB/swim in/ADP the/DET creek/NOUN behind/ADP the/DET church/NOUN ./PUNCT
The/DET preacher/NOUN 's/PART son/NOUN was/AUX/be the/DET wildest/ADJ/wild boy/NOUN in/ADP town/NOUN ./PUNCT
The/DET fair/NOUN comes/VERB/come to/ADP town/NOUN every/DET July/PROPN ./PUNCT
Small/ADJ town/NOUN ,/PUNCT big/ADJ dreams/NOUN/dream ./PUNCT
Pickup/NOUN trucks/NOUN/truck and/CCONJ country/NOUN roads/NOUN/road ./PUNCT
The/DET gravel/NOUN crunches/VERB/crunch under/ADP the/DET tires/NOUN/tire ./PUNCT
Church/NOUN on/ADP Sunday/PROPN ,/PUNCT bar/NOUN on/ADP Saturday/PROPN ./PUNCT
The/DET mailman/NOUN knows/VERB/know everybody/PRON 's/AUX/be business/NOUN ./PUNCT
The/DET whole/ADJ town/NOUN shows/VERB/show up/ADP for/ADP a/DET funeral/NOUN ./PUNCT
Everybody/PRON knows/VERB/know everybody/PRON here/ADV ./PUNCT
I/PRON/I could/AUX n't/PART/not wait/VERB to/PART leave/VERB ,/PUNCT and/CCONJ now/ADV I/PRON/I ca/AUX/can n't/PART/not wait/VERB to/PART go/VERB back/ADV ./PUNCT
The/DET fields/NOUN/field are/AUX/be gold/ADJ at/ADP harvest/NOUN time/NOUN ./PUNCT
The/DET well/NOUN ran/VERB/run dry/ADJ in/ADP August/PROPN ./PUNCT
We/PRON watched/VERB/watch the/DET combine/NOUN eat/VERB the/DET wheat/NOUN ./PUNCT
The/DET cows/NOUN/cow come/VERB home/ADV at/ADP sundown/NOUN ./PUNCT
I/PRON/I miss/VERB the/DET sound/NOUN of/ADP the/DET screen/NOUN door/NOUN slamming/VERB/slam ./PUNCT
The/DET crickets/NOUN/cricket sing/VERB me/PRON/I to/ADP sleep/NOUN ./PUNCT
You/PRON light/VERB up/ADP the/DET room/NOUN like/ADP a/DET match/NOUN in/ADP the/DET dark/ADJ ./PUNCT
I/PRON/I fell/VERB/fall for/ADP you/PRON the/DET moment/NOUN you/PRON laughed/VERB/laugh ./PUNCT
Your/PRON hand/NOUN fits/VERB/fit perfectly/ADV in/ADP mine/PRON/my ./PUNCT
Let/VERB me/PRON/I love/VERB you/PRON till/SCONJ the/DET stars/NOUN/star burn/VERB out/ADP ./PUNCT
I/PRON/I 'm/AUX/be crazy/ADJ about/ADP you/PRON ,/PUNCT and/CCONJ everybody/PRON knows/VERB/know it/PRON ./PUNCT
Butterflies/NOUN/butterfly every/DET time/NOUN you/PRON text/VERB me/PRON/I ./PUNCT
We/PRON kissed/VERB/kiss in/ADP the/DET back/NOUN of/ADP a/DET yellow/ADJ cab/NOUN ./PUNCT
Your/PRON lips/NOUN/lip taste/VERB like/ADP strawberry/ADJ wine/NOUN ./PUNCT
I/PRON/I 'd/AUX/would cross/VERB an/DET/a ocean/NOUN just/ADV to/PART see/VERB your/PRON smile/NOUN ./PUNCT
You/PRON 're/AUX/be my/PRON anchor/NOUN and/CCONJ my/PRON sail/NOUN ./PUNCT
My/PRON heart/NOUN skips/VERB/skip when/ADV you/PRON say/VERB my/PRON name/NOUN ./PUNCT
I/PRON/I want/VERB to/PART wake/VERB up/ADP next/ADV to/ADP you/PRON forever/ADV ./PUNCT
Your/PRON love/NOUN is/AUX/be sweeter/ADJ/sweet than/ADP candy/NOUN ./PUNCT
You/PRON stole/VERB/steal my/PRON heart/NOUN and/CCONJ my/PRON favorite/ADJ hoodie/NOUN ./PUNCT
Every/DET love/NOUN song/NOUN is/AUX/be about/ADP you/PRON now/ADV ./PUNCT
We/PRON 're/AUX/be two/NUM halves/NOUN/half of/ADP the/DET same/ADJ moon/NOUN ./PUNCT
I/PRON/I 'll/AUX/will love/VERB you/PRON until/ADP the/DET end/NOUN of/ADP time/NOUN ./PUNCT
You/PRON had/VERB/have me/PRON/I at/ADP hello/INTJ ./PUNCT
Darling/NOUN ,/PUNCT you/PRON 're/AUX/be my/PRON only/ADJ one/NUM ./PUNCT
My/PRON heart/NOUN belongs/VERB/belong to/ADP you/PRON ./PUNCT
Tangled/VERB/tangle sheets/NOUN/sheet and/CCONJ morning/NOUN coffee/NOUN ./PUNCT
We/PRON talked/VERB/talk until/SCONJ the/DET candles/NOUN/candle melted/VERB/melt ./PUNCT
You/PRON 're/AUX/be the/DET melody/NOUN I/PRON/I ca/AUX/can n't/PART/not forget/VERB ./PUNCT
Tonight/NOUN I/PRON/I 'm/AUX/be yours/PRON/your ,/PUNCT tomorrow/NOUN too/ADV ./PUNCT
Baby/NOUN ,/PUNCT you/PRON drive/VERB me/PRON/I wild/ADJ ./PUNCT
Your/PRON heartbeat/NOUN is/AUX/be my/PRON favorite/ADJ song/NOUN ./PUNCT
I/PRON/I 'm/AUX/be falling/VERB/fall ,/PUNCT falling/VERB/fall ,/PUNCT falling/VERB/fall for/ADP you/PRON ./PUNCT
Stay/VERB with/ADP me/PRON/I until/ADP the/DET morning/NOUN ./PUNCT
Let/VERB 's/PRON/we get/VERB lost/ADJ together/ADV ./PUNCT
You/PRON make/VERB the/DET ordinary/ADJ feel/VERB like/ADP magic/NOUN ./PUNCT
We/PRON fit/VERB together/ADV like/ADP puzzle/NOUN pieces/NOUN/piece ./PUNCT
I/PRON/I see/VERB forever/ADV in/ADP your/PRON eyes/NOUN/eye ./PUNCT
Love/NOUN like/ADP ours/PRON/our does/AUX/do n't/PART/not come/VERB around/ADV twice/ADV ./PUNCT
The/DET first/ADJ time/NOUN you/PRON held/VERB/hold my/PRON hand/NOUN ,/PUNCT I/PRON/I knew/VERB/know ./PUNCT
You/PRON 're/AUX/be the/DET reason/NOUN the/DET stars/NOUN/star come/VERB out/ADP ./PUNCT
I/PRON/I wrote/VERB/write your/PRON name/NOUN in/ADP the/DET fog/NOUN on/ADP the/DET mirror/NOUN ./PUNCT
We/PRON share/VERB a/DET blanket/NOUN and/CCONJ a/DET secret/NOUN ./PUNCT
You/PRON 're/AUX/be my/PRON favorite/ADJ kind/NOUN of/ADP trouble/NOUN ./PUNCT
Kiss/VERB me/PRON/I slow/ADV ,/PUNCT kiss/VERB me/PRON/I sweet/ADJ ./PUNCT
I/PRON/I 'd/AUX/would marry/VERB you/PRON tomorrow/NOUN if/SCONJ you/PRON 'd/AUX/would ask/VERB ./PUNCT
Your/PRON love/NOUN is/AUX/be my/PRON shelter/NOUN in/ADP the/DET storm/NOUN ./PUNCT
Come/VERB closer/ADV/close ,/PUNCT the/DET night/NOUN is/AUX/be cold/ADJ ./PUNCT
We/PRON 're/AUX/be young/ADJ and/CCONJ in/ADP love/NOUN and/CCONJ broke/ADJ ./PUNCT
Love/NOUN is/AUX/be patient/ADJ ,/PUNCT love/NOUN is/AUX/be kind/ADJ ./PUNCT
You/PRON and/CCONJ I/PRON/I against/ADP the/DET world/NOUN ./PUNCT
I/PRON/I 'm/AUX/be not/PART perfect/ADJ ,/PUNCT but/CCONJ I/PRON/I 'm/AUX/be yours/PRON/your ./PUNCT
Our/PRON love/NOUN could/AUX light/VERB the/DET whole/ADJ city/NOUN ./PUNCT
You/PRON 're/AUX/be the/DET sugar/NOUN in/ADP my/PRON coffee/NOUN ./PUNCT
I/PRON/I dream/VERB of/ADP you/PRON in/ADP black/ADJ and/CCONJ white/ADJ ./PUNCT
You/PRON gave/VERB/give me/PRON/I wings/NOUN/wing and/CCONJ taught/VERB/teach me/PRON/I how/ADV to/PART fly/VERB ./PUNCT
Meet/VERB me/PRON/I under/ADP the/DET mistletoe/NOUN ./PUNCT
Every/DET heartbeat/NOUN sings/VERB/sing your/PRON name/NOUN ./PUNCT
Honey/NOUN ,/PUNCT I/PRON/I 'm/AUX/be home/ADV ./PUNCT
You/PRON 're/AUX/be my/PRON sunshine/NOUN on/ADP a/DET cloudy/ADJ day/NOUN ./PUNCT
The/DET night/NOUN is/AUX/be ours/PRON/our ,/PUNCT my/PRON love/NOUN ./PUNCT
Let/VERB 's/PRON/we stay/VERB in/ADP bed/NOUN all/DET day/NOUN ./PUNCT
Your/PRON whisper/NOUN is/AUX/be louder/ADJ/loud than/ADP thunder/NOUN ./PUNCT
I/PRON/I 'm/AUX/be addicted/ADJ to/ADP your/PRON kiss/NOUN ./PUNCT
We/PRON got/VERB/get married/VERB/marry in/ADP the/DET rain/NOUN ./PUNCT
Fifty/NUM years/NOUN/year ,/PUNCT and/CCONJ I/PRON/I still/ADV love/VERB her/PRON/she ./PUNCT
My/PRON husband/NOUN dances/VERB/dance badly/ADV ,/PUNCT and/CCONJ I/PRON/I love/VERB it/PRON ./PUNCT
She/PRON 's/AUX/be my/PRON wife/NOUN ,/PUNCT my/PRON friend/NOUN ,/PUNCT my/PRON everything/PRON ./PUNCT
He/PRON brought/VERB/bring me/PRON/I daisies/NOUN/daisy from/ADP the/DET roadside/NOUN ./PUNCT
I/PRON/I love/VERB you/PRON more/ADV than/SCONJ words/NOUN/word can/AUX say/VERB ./PUNCT
Slow/ADJ kisses/NOUN/kiss on/ADP a/DET lazy/ADJ Sunday/PROPN ./PUNCT
You/PRON 're/AUX/be the/DET lighthouse/NOUN ,/PUNCT and/CCONJ I/PRON/I 'm/AUX/be the/DET ship/NOUN ./PUNCT
Hold/VERB me/PRON/I like/SCONJ you/PRON 'll/AUX/will never/ADV let/VERB me/PRON/I go/VERB ./PUNCT
Our/PRON hearts/NOUN/heart beat/VERB in/ADP the/DET same/ADJ rhythm/NOUN ./PUNCT
I/PRON/I 've/AUX/have never/ADV felt/VERB/feel this/DET way/NOUN before/ADV ./PUNCT
Love/NOUN found/VERB/find me/PRON/I when/ADV I/PRON/I stopped/VERB/stop looking/VERB/look ./PUNCT
You/PRON make/VERB my/PRON knees/NOUN/knee weak/ADJ ./PUNCT
Your/PRON voice/NOUN is/AUX/be velvet/NOUN in/ADP the/DET dark/ADJ ./PUNCT
We/PRON 're/AUX/be dancing/VERB/dance on/ADP the/DET edge/NOUN of/ADP love/NOUN ./PUNCT
Secret/ADJ glances/NOUN/glance across/ADP the/DET room/NOUN ./PUNCT
The/DET way/NOUN you/PRON look/VERB at/ADP me/PRON/I makes/VERB/make me/PRON/I shy/ADJ ./PUNCT
My/PRON heart/NOUN is/AUX/be a/DET bird/NOUN that/PRON sings/VERB/sing for/ADP you/PRON ./PUNCT
Valentine/PROPN ,/PUNCT be/AUX mine/PRON/my ./PUNCT
I/PRON/I 'm/AUX/be smitten/ADJ ,/PUNCT I/PRON/I 'm/AUX/be hopeless/ADJ ,/PUNCT I/PRON/I 'm/AUX/be yours/PRON/your ./PUNCT
Sweetheart/NOUN ,/PUNCT do/AUX n't/PART/not ever/ADV leave/VERB ./PUNCT
You/PRON 're/AUX/be my/PRON home/NOUN ,/PUNCT wherever/ADV we/PRON go/VERB ./PUNCT
Love/NOUN letters/NOUN/letter in/ADP the/DET attic/NOUN ./PUNCT
Your/PRON name/NOUN is/AUX/be tattooed/VERB/tattoo on/ADP my/PRON heart/NOUN ./PUNCT
We/PRON whispered/VERB/whisper promises/NOUN/promise under/ADP the/DET blankets/NOUN/blanket ./PUNCT
I/PRON/I ca/AUX/can n't/PART/not breathe/VERB when/ADV you/PRON 're/AUX/be near/ADV ./PUNCT
You/PRON and/CCONJ me/PRON/I ,/PUNCT that/PRON 's/AUX/be all/DET I/PRON/I need/VERB ./PUNCT
Love/NOUN is/AUX/be a/DET wild/ADJ and/CCONJ beautiful/ADJ thing/NOUN ./PUNCT
I/PRON/I 'm/AUX/be lucky/ADJ to/PART call/VERB you/PRON mine/PRON/my ./PUNCT
A/DET kiss/NOUN goodnight/NOUN ,/PUNCT a/DET kiss/NOUN good/ADJ morning/NOUN ./PUNCT
My/PRON love/NOUN for/ADP you/PRON is/AUX/be deeper/ADJ/deep than/ADP the/DET sea/NOUN ./PUNCT
We/PRON held/VERB/hold hands/NOUN/hand at/ADP the/DET movies/NOUN/movie ./PUNCT
I/PRON/I blushed/VERB/blush when/ADV you/PRON winked/VERB/wink at/ADP me/PRON/I ./PUNCT
You/PRON 're/AUX/be the/DET spark/NOUN that/PRON lit/VERB/light my/PRON fire/NOUN ./PUNCT
Our/PRON love/NOUN is/AUX/be written/VERB/write in/ADP the/DET stars/NOUN/star ./PUNCT
Every/DET minute/NOUN with/ADP you/PRON is/AUX/be a/DET gift/NOUN ./PUNCT
The/DET sailors/NOUN/sailor sing/VERB of/ADP distant/ADJ shores/NOUN/shore ./PUNCT
Waves/NOUN/wave crash/VERB against/ADP the/DET rocky/ADJ/Rocky cliffs/NOUN/cliff ./PUNCT
The/DET captain/NOUN 's/PART log/NOUN is/AUX/be full/ADJ of/ADP storms/NOUN/storm ./PUNCT
We/PRON sailed/VERB/sail the/DET seven/NUM seas/NOUN and/CCONJ found/VERB/find nothing/PRON ./PUNCT
The/DET anchor/NOUN drops/VERB/drop in/ADP a/DET quiet/ADJ bay/NOUN ./PUNCT
Seagulls/NOUN/seagull circling/VERB/circle the/DET fishing/NOUN boats/NOUN/boat ./PUNCT
The/DET tide/NOUN pulls/VERB/pull me/PRON/I back/ADV to/ADP you/PRON ./PUNCT
Salt/NOUN in/ADP my/PRON hair/NOUN and/CCONJ sand/NOUN in/ADP my/PRON shoes/NOUN/shoe ./PUNCT
The/DET soldier/NOUN wrote/VERB/write home/ADV from/ADP the/DET trenches/NOUN/trench ./PUNCT
He/PRON never/ADV came/VERB/come back/ADV from/ADP the/DET war/NOUN ./PUNCT
Medals/NOUN/medal on/ADP the/DET mantle/NOUN and/CCONJ silence/NOUN in/ADP the/DET house/NOUN ./PUNCT
The/DET cannons/NOUN/cannon roared/VERB/roar ,/PUNCT the/DET flags/NOUN/flag were/AUX/be torn/VERB/tear ./PUNCT
Peace/NOUN is/AUX/be a/DET word/NOUN we/PRON never/ADV learned/VERB/learn ./PUNCT
The/DET years/NOUN/year fly/VERB by/ADV like/ADP swallows/NOUN/swallow ./PUNCT
Time/NOUN is/AUX/be a/DET thief/NOUN that/PRON steals/VERB/steal in/ADP the/DET night/NOUN ./PUNCT
The/DET clock/NOUN keeps/VERB/keep ticking/VERB/tick ,/PUNCT and/CCONJ we/PRON keep/VERB growing/VERB/grow old/ADJ ./PUNCT
I/PRON/I 'm/AUX/be running/VERB/run out/ADP of/ADP time/NOUN ./PUNCT
Yesterday/NOUN is/AUX/be gone/VERB/go ,/PUNCT tomorrow/NOUN is/AUX/be a/DET mystery/NOUN ./PUNCT
Once/ADV upon/ADP a/DET time/NOUN ,/PUNCT we/PRON were/AUX/be kings/NOUN/king ./PUNCT
The/DET hourglass/NOUN is/AUX/be nearly/ADV empty/ADJ ./PUNCT
Old/ADJ photographs/NOUN/photograph turn/VERB yellow/ADJ with/ADP age/NOUN ./PUNCT
My/PRON grandmother/NOUN 's/PART hands/NOUN/hand were/AUX/be wrinkled/ADJ and/CCONJ warm/ADJ ./PUNCT
The/DET wolves/NOUN/wolf are/AUX/be howling/VERB/howl on/ADP the/DET hill/NOUN ./PUNCT
A/DET crow/NOUN sat/VERB/sit on/ADP the/DET power/NOUN line/NOUN ./PUNCT
The/DET horses/NOUN/horse ran/VERB/run wild/ADJ across/ADP the/DET meadow/NOUN ./PUNCT
A/DET lonely/ADJ coyote/NOUN crossed/VERB/cross the/DET road/NOUN ./PUNCT
The/DET fox/NOUN is/AUX/be sneaking/VERB/sneak through/ADP the/DET garden/NOUN ./PUNCT
Bees/NOUN/bee are/AUX/be buzzing/VERB/buzz in/ADP the/DET clover/NOUN ./PUNCT
The/DET eagle/NOUN soars/VERB/soar above/ADP the/DET canyon/NOUN ./PUNCT
My/PRON cat/NOUN sleeps/VERB/sleep on/ADP the/DET windowsill/NOUN all/DET day/NOUN ./PUNCT
The/DET old/ADJ hound/NOUN dog/NOUN is/AUX/be barking/VERB/bark at/ADP the/DET moon/NOUN ./PUNCT
Fish/NOUN jumping/VERB/jump in/ADP the/DET river/NOUN at/ADP dusk/NOUN ./PUNCT
A/DET butterfly/NOUN landed/VERB/land on/ADP my/PRON knee/NOUN ./PUNCT
The/DET owl/NOUN watches/VERB/watch from/ADP the/DET old/ADJ pine/NOUN tree/NOUN ./PUNCT
Fried/VERB/fry chicken/NOUN and/CCONJ sweet/ADJ tea/NOUN ./PUNCT
Mama/NOUN 's/PART apple/NOUN pie/NOUN is/AUX/be cooling/VERB/cool on/ADP the/DET sill/NOUN ./PUNCT
Bread/NOUN and/CCONJ butter/NOUN and/CCONJ a/DET cup/NOUN of/ADP tea/NOUN ./PUNCT
We/PRON shared/VERB/share a/DET pizza/NOUN on/ADP the/DET fire/NOUN escape/NOUN ./PUNCT
Cold/ADJ beer/NOUN on/ADP a/DET hot/ADJ afternoon/NOUN ./PUNCT
Lemonade/NOUN stands/VERB/stand and/CCONJ summer/NOUN days/NOUN/day ./PUNCT
Peaches/NOUN/peach from/ADP Georgia/PROPN ,/PUNCT honey/NOUN from/ADP Maine/PROPN ./PUNCT
Tacos/NOUN/taco at/ADP midnight/NOUN from/ADP the/DET truck/NOUN on/ADP the/DET corner/NOUN ./PUNCT
The/DET wine/NOUN is/AUX/be red/ADJ ,/PUNCT and/CCONJ so/ADV are/AUX/be your/PRON cheeks/NOUN/cheek ./PUNCT
Champagne/NOUN bubbles/NOUN/bubble and/CCONJ midnight/NOUN kisses/NOUN/kiss ./PUNCT
My/PRON head/NOUN is/AUX/be spinning/VERB/spin ,/PUNCT my/PRON feet/NOUN/foot are/AUX/be sore/ADJ ./PUNCT
Your/PRON heart/NOUN is/AUX/be racing/NOUN ,/PUNCT I/PRON/I can/AUX hear/VERB it/PRON ./PUNCT
My/PRON eyes/NOUN/eye are/AUX/be heavy/ADJ ,/PUNCT but/CCONJ I/PRON/I ca/AUX/can n't/PART/not sleep/VERB ./PUNCT
Blood/NOUN and/CCONJ bone/NOUN and/CCONJ a/DET beating/NOUN heart/NOUN ./PUNCT
These/DET/this hands/NOUN/hand have/AUX built/VERB/build and/CCONJ broken/VERB/break things/NOUN/thing ./PUNCT
I/PRON/I 've/AUX/have got/VERB/get scars/NOUN/scar on/ADP my/PRON knees/NOUN/knee and/CCONJ stars/NOUN/star in/ADP my/PRON eyes/NOUN/eye ./PUNCT
Goosebumps/NOUN/goosebump when/ADV the/DET chorus/NOUN starts/VERB/start ./PUNCT
The/DET painter/NOUN paints/VERB/paint the/DET sky/NOUN at/ADP dawn/NOUN ./PUNCT
The/DET poet/NOUN lost/VERB/lose his/PRON words/NOUN/word ./PUNCT
The/DET singer/NOUN lost/VERB/lose her/PRON/she voice/NOUN in/ADP Vegas/PROPN ./PUNCT
The/DET drummer/NOUN never/ADV missed/VERB/miss a/DET beat/NOUN ./PUNCT
The/DET actress/NOUN cried/VERB/cry on/ADP the/DET silver/ADJ screen/NOUN ./PUNCT
The/DET magician/NOUN made/VERB/make my/PRON heart/NOUN disappear/VERB ./PUNCT
The/DET king/NOUN lost/VERB/lose his/PRON crown/NOUN in/ADP a/DET card/NOUN game/NOUN ./PUNCT
The/DET thief/NOUN stole/VERB/steal a/DET kiss/NOUN and/CCONJ ran/VERB/run ./PUNCT
The/DET angels/NOUN/angel are/AUX/be singing/VERB/sing in/ADP the/DET choir/NOUN ./PUNCT
The/DET devil/NOUN knows/VERB/know my/PRON name/NOUN ./PUNCT
Heaven/NOUN is/AUX/be a/DET place/NOUN on/ADP a/DET rooftop/NOUN ./PUNCT
I/PRON/I made/VERB/make a/DET deal/NOUN at/ADP the/DET crossroads/NOUN ./PUNCT
Pray/VERB for/ADP rain/NOUN ,/PUNCT pray/VERB for/ADP love/NOUN ./PUNCT
The/DET preacher/NOUN says/VERB/say we/PRON 're/AUX/be all/ADV forgiven/ADJ/forgive ./PUNCT
Sinners/NOUN/sinner and/CCONJ saints/NOUN/saint in/ADP the/DET same/ADJ pew/NOUN ./PUNCT
A/DET cross/NOUN on/ADP the/DET hill/NOUN above/ADP the/DET town/NOUN ./PUNCT
Silver/ADJ bells/NOUN/bell and/CCONJ golden/ADJ rings/NOUN/ring ./PUNCT
Diamonds/NOUN/diamond in/ADP the/DET rough/ADJ ./PUNCT
Velvet/NOUN curtains/NOUN/curtain and/CCONJ a/DET spotlight/NOUN ./PUNCT
The/DET circus/NOUN left/VERB/leave town/NOUN this/DET morning/NOUN ./PUNCT
The/DET carnival/NOUN lights/NOUN/light are/AUX/be spinning/VERB/spin ./PUNCT
Cards/NOUN/card on/ADP the/DET table/NOUN ,/PUNCT my/PRON heart/NOUN on/ADP my/PRON sleeve/NOUN ./PUNCT
I/PRON/I bet/VERB it/PRON all/DET on/ADP red/NOUN ./PUNCT
Luck/NOUN was/AUX/be never/ADV on/ADP my/PRON side/NOUN ./PUNCT
The/DET dice/NOUN are/AUX/be rolling/VERB/Roll ,/PUNCT baby/NOUN ./PUNCT
The/DET phone/NOUN rang/VERB/ring twice/ADV and/CCONJ then/ADV went/VERB/go silent/ADJ ./PUNCT
Static/NOUN on/ADP the/DET radio/NOUN and/CCONJ rain/NOUN on/ADP the/DET road/NOUN ./PUNCT
I/PRON/I 'm/AUX/be sending/VERB/send signals/NOUN/signal to/ADP the/DET satellite/NOUN ./PUNCT
Your/PRON message/NOUN came/VERB/come at/ADP 2:15/NUM ./PUNCT
The/DET battery/NOUN 's/AUX/be dying/VERB/die ,/PUNCT and/CCONJ so/ADV am/AUX/be I/PRON/I ./PUNCT
Screens/NOUN/screen glowing/VERB/glow in/ADP the/DET dark/ADJ ./PUNCT
We/PRON 're/AUX/be connected/VERB/connect but/CCONJ we/PRON 're/AUX/be lonely/ADJ ./PUNCT
The/DET computer/NOUN crashed/VERB/crash and/CCONJ took/VERB/take my/PRON novel/NOUN ./PUNCT
I/PRON/I lost/VERB/lose your/PRON number/NOUN when/ADV I/PRON/I lost/VERB/lose my/PRON phone/NOUN ./PUNCT
Headphones/NOUN/headphone on/ADP ,/PUNCT world/NOUN off/ADP ./PUNCT
The/DET vinyl/NOUN crackles/VERB/crackle and/CCONJ the/DET needle/NOUN skips/VERB/skip ./PUNCT
Mixtapes/NOUN/mixtape and/CCONJ memories/NOUN/memory ./PUNCT
The/DET cassette/NOUN is/AUX/be tangled/VERB/tangle in/ADP the/DET car/NOUN stereo/NOUN ./PUNCT
Old/ADJ movies/NOUN/movie on/ADP a/DET Sunday/PROPN afternoon/NOUN ./PUNCT
The/DET credits/NOUN/credit rolled/VERB/roll ,/PUNCT and/CCONJ we/PRON were/AUX/be still/ADV kissing/VERB/kiss ./PUNCT
Popcorn/NOUN and/CCONJ a/DET double/ADJ feature/NOUN ./PUNCT
The/DET camera/NOUN loves/VERB/love you/PRON ,/PUNCT and/CCONJ so/ADV do/AUX I/PRON/I ./PUNCT
Flash/NOUN bulbs/NOUN/bulb popping/VERB/pop on/ADP the/DET red/ADJ carpet/NOUN ./PUNCT
Fame/NOUN is/AUX/be a/DET fire/NOUN that/PRON burns/VERB/burn too/ADV fast/ADV ./PUNCT
Nobody/PRON remembers/VERB/remember second/ADJ place/NOUN ./PUNCT
"""


def parse(line):
    toks = []
    for item in line.split():
        parts = item.split("/")
        if len(parts) == 2:
            form, upos = parts
            lemma = form if upos in ("PROPN", "PUNCT") else form.lower()
        elif len(parts) == 3:
            form, upos, lemma = parts
        else:
            raise ValueError("bad token %r in line %r" % (item, line))
        if upos not in UPOS:
            raise ValueError("bad UPOS %r in line %r" % (upos, line))
        toks.append((form, upos, lemma))
    return toks


def space_after(toks):
    """SpaceAfter flags: False where the next token attaches without a space."""
    flags = []
    for i, (form, _, _) in enumerate(toks):
        if i + 1 == len(toks):
            flags.append(True)
            continue
        nxt = toks[i + 1][0]
        glue = (nxt.lower() in NO_SPACE_BEFORE
                or form in NO_SPACE_AFTER
                or (nxt.lower() == "na" and toks[i + 1][1] == "PART" and form.lower() in ("gon", "wan"))
                or (nxt.lower() == "ta" and toks[i + 1][1] == "PART" and form.lower() == "got"))
        flags.append(not glue)
    return flags


def to_conllu(sent_id, toks):
    flags = space_after(toks)
    text = "".join(f + (" " if sp else "") for (f, _, _), sp in zip(toks, flags)).rstrip()
    out = ["# sent_id = %s" % sent_id, "# text = %s" % text]
    for i, ((form, upos, lemma), sp) in enumerate(zip(toks, flags), 1):
        head, deprel = ("0", "root") if i == 1 else ("1", "dep")
        misc = "_" if sp or i == len(toks) else "SpaceAfter=No"
        out.append("\t".join([str(i), form, lemma, upos, "_", "_", head, deprel, "_", misc]))
    return "\n".join(out) + "\n\n", text


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "Assets", "corpus")
    sents = [parse(l) for l in DATA.strip("\n").split("\n") if l.strip()]
    train, dev = [], []
    for k, toks in enumerate(sents, 1):
        (dev if k % 10 == 0 else train).append(toks)
    seen = set()
    for name, group in (("train", train), ("dev", dev)):
        chunks = []
        for n, toks in enumerate(group, 1):
            chunk, text = to_conllu("lyrics-%s-%04d" % (name, n), toks)
            if text in seen:
                raise SystemExit("duplicate sentence: %s" % text)
            seen.add(text)
            chunks.append(chunk)
        path = os.path.join(outdir, "%s.conllu" % name)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("".join(chunks))
        print("wrote %s: %d sentences, %d tokens" % (os.path.normpath(path), len(group), sum(len(t) for t in group)))


if __name__ == "__main__":
    main()
