#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Hostile corpus for the OpenHearings anonymiser (outside red-team exercise).

Standard library only, fixed seed, deterministic.  Writes, next to this script:
  corpus/batch-NNN.json   JSON arrays of up to 100 raw records (schema-valid hearings;
                          the last batch holds withdrawals of records from earlier batches)
  truth.jsonl             one line per record: file, 1-based index, class, names, keep

"names": strings that must never appear in anything published (compare case-insensitively,
         whole words, after NFKC + accent removal).  Where a name part is also used as an
         ordinary word in the same record (or is a vocabulary word the service itself prints,
         e.g. a rank, the force name, a month of one of the record's dates), the bare part is
         replaced by the full name plus the two-word contexts in which the name occurred
         ("Wood then", "PC Wood"), so that the check stays fair.
"keep":  ordinary phrases that must be published unchanged if the record is published.

All person names, places and contact details are invented; phone numbers use the Ofcom
drama ranges, e-mail addresses use example.com/example.co.uk, and URLs use .example hosts
or well-known platforms with made-up handles.
"""
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(HERE, 'corpus')
TRUTH_PATH = os.path.join(HERE, 'truth.jsonl')
BATCH = 100
MS, ME = '\x01', '\x02'          # mention markers (stripped before writing)

# --------------------------------------------------------------------------------------
# Vocabulary of the schema (the service prints these words itself)
# --------------------------------------------------------------------------------------
FORCE_NAME = {
    'AVON_SOMERSET': 'Avon and Somerset Police', 'BEDFORDSHIRE': 'Bedfordshire Police',
    'CAMBRIDGESHIRE': 'Cambridgeshire Constabulary', 'CHESHIRE': 'Cheshire Constabulary',
    'CITY_OF_LONDON': 'City of London Police', 'CLEVELAND': 'Cleveland Police',
    'CUMBRIA': 'Cumbria Constabulary', 'DERBYSHIRE': 'Derbyshire Constabulary',
    'DEVON_CORNWALL': 'Devon and Cornwall Police', 'DORSET': 'Dorset Police',
    'DURHAM': 'Durham Constabulary', 'DYFED_POWYS': 'Dyfed-Powys Police', 'ESSEX': 'Essex Police',
    'GLOUCESTERSHIRE': 'Gloucestershire Constabulary', 'GREATER_MANCHESTER': 'Greater Manchester Police',
    'GWENT': 'Gwent Police', 'HAMPSHIRE': 'Hampshire and Isle of Wight Constabulary',
    'HERTFORDSHIRE': 'Hertfordshire Constabulary', 'HUMBERSIDE': 'Humberside Police', 'KENT': 'Kent Police',
    'LANCASHIRE': 'Lancashire Constabulary', 'LEICESTERSHIRE': 'Leicestershire Police',
    'LINCOLNSHIRE': 'Lincolnshire Police', 'MERSEYSIDE': 'Merseyside Police',
    'METROPOLITAN': 'Metropolitan Police Service', 'NORFOLK': 'Norfolk Constabulary',
    'NORTH_WALES': 'North Wales Police', 'NORTH_YORKSHIRE': 'North Yorkshire Police',
    'NORTHAMPTONSHIRE': 'Northamptonshire Police', 'NORTHUMBRIA': 'Northumbria Police',
    'NOTTINGHAMSHIRE': 'Nottinghamshire Police', 'SOUTH_WALES': 'South Wales Police',
    'SOUTH_YORKSHIRE': 'South Yorkshire Police', 'STAFFORDSHIRE': 'Staffordshire Police',
    'SUFFOLK': 'Suffolk Constabulary', 'SURREY': 'Surrey Police', 'SUSSEX': 'Sussex Police',
    'THAMES_VALLEY': 'Thames Valley Police', 'WARWICKSHIRE': 'Warwickshire Police',
    'WEST_MERCIA': 'West Mercia Police', 'WEST_MIDLANDS': 'West Midlands Police',
    'WEST_YORKSHIRE': 'West Yorkshire Police', 'WILTSHIRE': 'Wiltshire Police',
    'BRITISH_TRANSPORT_POLICE': 'British Transport Police', 'MINISTRY_OF_DEFENCE_POLICE': 'Ministry of Defence Police',
    'CIVIL_NUCLEAR_CONSTABULARY': 'Civil Nuclear Constabulary',
}
FORCES = sorted(FORCE_NAME)
HTS = ['MISCONDUCT_MEETING', 'MISCONDUCT_HEARING', 'ACCELERATED_MISCONDUCT_HEARING']
RANKS = ['SPECIAL_CONSTABLE', 'CONSTABLE', 'SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR', 'SUPERINTENDENT',
         'CHIEF_SUPERINTENDENT', 'COMMANDER', 'DEPUTY_CHIEF_CONSTABLE', 'CHIEF_OFFICER', 'POLICE_STAFF']
LADDER = ['CONSTABLE', 'SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR', 'SUPERINTENDENT', 'CHIEF_SUPERINTENDENT',
          'COMMANDER', 'DEPUTY_CHIEF_CONSTABLE', 'CHIEF_OFFICER']
OUTCOMES = ['DISMISSED_WITHOUT_NOTICE', 'DISMISSED_WITH_NOTICE', 'WOULD_HAVE_BEEN_DISMISSED', 'REDUCTION_IN_RANK',
            'EXTENSION_OF_FINAL_WRITTEN_WARNING', 'FINAL_WRITTEN_WARNING', 'WRITTEN_WARNING', 'MANAGEMENT_ADVICE',
            'REFLECTIVE_PRACTICE', 'NO_FURTHER_ACTION']
ENUM_TEXT = (HTS + RANKS + OUTCOMES + ['SERVING', 'RESIGNED', 'RETIRED', 'DISMISSED', 'FORMER'] +
             ['HONESTY_INTEGRITY', 'AUTHORITY_RESPECT_COURTESY', 'EQUALITY_DIVERSITY', 'USE_OF_FORCE',
              'ORDERS_INSTRUCTIONS', 'DUTIES_RESPONSIBILITIES', 'CONFIDENTIALITY', 'FITNESS_FOR_DUTY',
              'DISCREDITABLE_CONDUCT', 'CHALLENGING_REPORTING', 'GROSS_MISCONDUCT', 'MISCONDUCT', 'NOT_PROVEN',
              'NO_CASE_TO_ANSWER', 'DISCRIMINATION', 'OFFENSIVE_COMMUNICATIONS', 'SEXUAL_MISCONDUCT',
              'ABUSE_OF_POSITION', 'INAPPROPRIATE_RELATIONSHIP', 'DOMESTIC_ABUSE', 'BULLYING_OR_HARASSMENT',
              'DISHONESTY', 'MISUSE_OF_SYSTEMS', 'DRINK_OR_DRUGS', 'CRIMINAL_CONVICTION', 'NEGLECT_OF_DUTY',
              'OTHER', 'EXACTLY', 'MORE_THAN', 'ABOUT', 'FEWER_THAN'])
UI_WORDS = ('officer officers label rank status unit type hearing hearings meeting record records outcome outcomes '
            'not stated none no yes a an the of and or to in on for by with from finding findings standard standards '
            'allegation allegations conduct summary title evidence source publisher correction corrections revision '
            'withdrawn withdrawal withdrawals changes feed date dates days months warning barred list college policing '
            'police force categories category period people other role count more than about fewer exactly '
            'reduced would have been dismissed without notice former serving retired resigned').split()
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

# Two-letter strings that are ordinary abbreviations in this kind of text (never used as initials)
ABBREV = set('PC DS DC DI MP UK OK ID TV CS CI SC AM PM GP IT HR PS RP MA WW US NB AD BC CC CD DJ DR EU FA GB HQ IQ '
             'IR JP KC LA LP MD MI MO MR MS NI NO OR PA PE PR QC RE RN SA ST TA TB UN VC VS WC PE BT AI DO SO AN LE '
             'AL IN ON AT BY IF IS OF TO UP WE HE ME MY BE GO AS SH PT DV CPS IOPC NHS MOD BTP ACC DCC DCI DCS PCC '
             'PCSO SPC TDC FWW CCTV DVLA PNC DOB'.split())


# --------------------------------------------------------------------------------------
# Name lists (typed by hand for this exercise)
# --------------------------------------------------------------------------------------
def W(s):
    return s.split()


POOLS = {
    'british': (W('Darren Liam Craig Wayne Jordan Callum Ryan Nathan Kieran Stuart Graham Trevor Clive Nigel Gavin '
                  'Shane Dominic Marcus Jason Keith Lewis Connor Bradley Toby Jamie Adam Luke Paul Neil Simon Kevin '
                  'Gary Carl Lloyd Damian Ashley Russell'),
                W('Gemma Kayleigh Zoe Chloe Stacey Leanne Charlotte Hannah Rebecca Laura Sophie Lauren Danielle '
                  'Kirsty Natalie Joanne Tracey Lisa Amy Jodie Shelley Bethany Keeley Courtney Tamsin Nicola Claire '
                  'Sharon Michelle Louise'),
                W('Pike Hart Jenkins Holloway Thornton Barker Fletcher Whitfield Pickering Cartwright Ashworth Hollis '
                  'Bradshaw Kershaw Entwistle Greenhalgh Ollerenshaw Pilkington Sutcliffe Thwaite Fairclough Mottram '
                  'Blenkinsop Trevithick Pascoe Penrose Dobson Haworth Bainbridge Whittaker Cowley Marriott Atherton '
                  'Pendlebury Rowbotham Smethurst Higginbottom Clegg Doherty')),
    'irish': (W('Seán Ciarán Oisín Pádraig Cathal Darragh Eoin Colm Dónal Fionn Tadhg Cillian Diarmuid Ruairí Lorcan'),
              W('Aoife Niamh Siobhán Caoimhe Saoirse Róisín Orla Clodagh Gráinne Eimear Sadhbh Aisling Méabh Ailbhe '
                'Órlaith'),
              ["O'Sullivan", 'Murphy', 'Kelly', 'Byrne', 'Doyle', 'McCarthy', 'Gallagher', 'Walsh', 'Kavanagh',
               'Nolan', 'Keane', 'Fitzgerald', 'Quinlan', 'Mulcahy', 'Brennan', 'Lynch', 'Moriarty', 'Cassidy',
               "O'Donoghue", "Ó Súilleabháin", "Mac Giolla Phádraig", "Ó Donnchadha"]),
    'welsh': (W('Dafydd Gwyn Rhys Ieuan Iolo Emyr Geraint Aled Huw Gethin Bryn Cai Meirion Tomos Llŷr Gwilym Owain '
                'Siôn Elfed Rhodri'),
              W('Carys Ffion Nia Cerys Sioned Mererid Gwenllian Angharad Llinos Eleri Mair Bethan Heledd Catrin Gwenno '
                'Lowri Manon'),
              W('Jones Williams Evans Davies Pritchard Prydderch Llewellyn Vaughan Bowen Parry Pugh Rees Griffiths '
                'Morgan Lloyd Hughes Meredith Powell Gruffudd') + ['ap Gwilym', 'ap Rhys']),
    'gaelic': (W('Seumas Ruairidh Calum Eachann Iain Tormod Dòmhnall Alasdair Coinneach Uilleam Aonghas Murchadh '
                 'Fionnlagh'),
               W('Màiri Catrìona Eilidh Ciorstaidh Seonag Mòrag Peigi Ealasaid Oighrig Shona Ishbel'),
               W('MacLeòid MacDhòmhnaill MacLeod MacKenzie Morrison MacAulay Campbell Matheson MacNeil Nicolson '
                 'Buchanan Urquhart MacIver MacRitchie MacInnes')),
    'south_asian': (W('Mohammed Imran Asif Rajesh Sanjay Vikram Amarjit Jaspal Kuldeep Sukhwinder Tariq Zubair Arjun '
                      'Rohan Venkatesh Harjit Nasir Faisal Rafiq Suresh Prakash'),
                    W('Priya Sunita Anjali Deepa Harpreet Gurpreet Navjot Rukhsana Shabnam Nusrat Tahmina Lakshmi '
                      'Kavitha Parveen Nazia Simran Manpreet Bushra Shazia'),
                    W('Patel Shah Khan Hussain Chaudhry Choudhury Sandhu Dhillon Bains Sidhu Mistry Chauhan Iqbal '
                      'Rahman Ahmed Miah Uddin Krishnan Subramanian Ramachandran Nair Perera Fernando Jayasuriya Malik '
                      'Qureshi Bhatti Thakkar')),
    'african': (W('Emeka Chidi Ikenna Obinna Babatunde Olufemi Kwame Kwabena Kofi Sipho Tendai Farai Abdirahman Yusuf '
                  'Chinedu Adebola Kelechi Themba Mandla Segun Kayode'),
                W('Ngozi Adaeze Chiamaka Temitope Oluwaseun Folake Abena Thandiwe Wanjiru Njeri Hodan Amina Zainab '
                  'Funmilayo Yetunde Chioma Nneka Efua'),
                W('Okonjo Okafor Adeyemi Oyelaran Mensah Asante Boateng Owusu Nwosu Eze Chukwu Adebayo Dlamini Ndlovu '
                  'Moyo Mwangi Kamau Otieno Warsame Abdi Farah Tesfaye Haile Bekele Ogunleye Onyekachi Akinola Osei '
                  'Appiah Mutasa')),
    'east_european': (W('Wojciech Tomasz Grzegorz Przemysław Bartosz Jakub Zbigniew Dragoș Bogdan Ionuț Mihai Aurimas '
                        'Jānis Bence Jiří Ondřej Oleksandr Dmytro Piotr Andrzej Vasile Tadas'),
                      W('Katarzyna Małgorzata Agnieszka Andreea Giedrė Rūta Zsófia Olena Yuliia Magdalena Joanna '
                        'Ewa Ioana Ilona Jolanta Daiva'),
                      W('Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski '
                        'Popescu Ionescu Dumitru Kazlauskas Bērziņš Horváth Nagy Dvořák Novotný Shevchenko '
                        'Kovalenko Bondarenko Tkachenko Jankowski Mazur Grabowski')),
    'east_asian': (W('Wei Hao Lei Haruto Hiroshi Min-jun Ji-hoon Thanh Tuan Minh Kenji Takeshi Jian'),
                   W('Fang Jing Yui Keiko Seo-yeon Ji-woo Huong Linh Mei Xiu Sakura Ayumi Hana'),
                   W('Zhang Wang Liu Chen Huang Zhao Tanaka Suzuki Takahashi Watanabe Sato Kim Choi Nguyen Tran Pham '
                     'Hoang Lau Cheung Yip Wong')),
    'arabic': (W('Omar Khalid Yousef Hamza Bilal Samir Karim Ahmad Mustafa Ibrahim Nabil Walid Tarek Ziad'),
               W('Fatima Aisha Layla Mariam Noor Huda Salma Rania Yasmin Hiba Dalia Lina Reem'),
               W('Al-Hassan Al-Rashid El-Masri Haddad Khalil Mansour Nasser Saleh Abdullah Hamdan Darwish Shalabi '
                 'Al-Amin Qasim Barakat')),
    'hebrew': (W('Shlomo Yitzhak Menachem Eliezer Avraham Moshe Yosef Dov Ariel Noam Mordechai Chaim Yehuda'),
               W('Chaya Tzipporah Rivka Miriam Shira Tova Yael Leah Esther Dvora Malka Batsheva'),
               W('Cohen Levy Katz Friedman Rosenberg Goldstein Mizrahi Peretz Ben-David Schwartz Halevi Adler Shapiro '
                 'Weiss Bernstein Lieberman')),
}
ORIGINS = sorted(POOLS)

WORD_SURNAMES = W('Wood Black King Young Stone Price Field Ward Little Money Frank Rose Bishop Hill Moss Fox Bell '
                  'Hunter Baker Cook Mason Lamb Wise Sharp Miles Chase Swift Noble Hope Strong Long Short Best Gold '
                  'Love Knight Marshall Major Judge Church Banks Cross Rich Bush Hardy Moody Bright Cash Booth Winter '
                  'Frost Day Page Law Power Hale Head Lord Green White Brown English French Welsh Holland Grant '
                  'Christmas Easter Crown Justice Street Sterling Salt Pepper Savage Wild Strange Gentle Snow Spring '
                  'Dear Golightly Parsons Steward Warden Sheriff Chamberlain Butler Carpenter Fisher Shepherd Archer')
WORD_GIVEN_F = W('Grace April May June Rose Hope Faith Joy Dawn Summer Autumn Holly Ivy Daisy Poppy Ruby Pearl '
                 'Amber Jade Crystal Mercy Patience Honor Sky Robin Heather Olive Violet Iris Lily Rosemary Destiny '
                 'Harmony Melody Precious Blessing Charity Unity Liberty')
WORD_GIVEN_M = W('Will Frank Mark Bill Pat Rob Grant Victor Guy Jack Drew Chase Miles Dean Hunter Jay Basil Reed '
                 'Clay Rocky Rusty Sunny Earl Duke Royal Major King Sterling Bob Ernest Gift Godspower Justice Lucky '
                 'Innocent Wisdom Prince Marshal Wolf Rich')

TOWNS = W('Norwich Ipswich Leeds Bradford Wakefield Swansea Wrexham Bangor Carlisle Kendal Derby Chesterfield '
          'Exeter Plymouth Truro Luton Reading Slough Oxford Gloucester Cheltenham Maidstone Margate Preston '
          'Blackpool Grimsby Hull Middlesbrough Stockport Bolton Wigan Oldham Coventry Walsall Dudley Telford '
          'Worcester Hereford Salisbury Swindon Guildford Crawley Brighton Hastings Colchester Chelmsford Basildon '
          'Northampton Kettering Peterborough Cambridge Stevenage Watford Sheffield Rotherham Barnsley Doncaster '
          'Nottingham Mansfield Leicester Loughborough Stoke-on-Trent Sunderland Gateshead Darlington Bristol '
          'Taunton Cardiff Newport Pontypridd Aberystwyth Carmarthen Liverpool Birkenhead Southport Bournemouth '
          'Poole Weymouth Southampton Portsmouth Winchester Basingstoke')

NEWS = ['BBC News', 'Eastern Daily Press', 'Manchester Evening News', 'Yorkshire Post', 'WalesOnline',
        'The Northern Echo', 'Liverpool Echo', 'Bristol Post', 'Kent Online', 'Police Oracle', 'Evening Standard',
        'Birmingham Mail', 'Cambridge News', 'Plymouth Herald', 'Leicester Mercury', 'Nottingham Post',
        'Hull Daily Mail', 'Lancashire Telegraph', 'Shropshire Star', 'Express & Star', 'Emergency Services News',
        'The Argus', 'Oxford Mail', 'Swindon Advertiser', 'Northampton Chronicle']

CODENAMES = ['Officer X', 'Officer Y', 'Officer Z', 'Officer W', 'Officer N1', 'Officer P2', 'Officer Q',
             'Officer R7', 'Officer V', 'Officer T4']

SCEN = [
    dict(h='messages to a domestic abuse victim',
         conduct='Sending sexualised messages to a domestic abuse victim met on duty',
         cats=['SEXUAL_MISCONDUCT', 'ABUSE_OF_POSITION'], stds=['DISCREDITABLE_CONDUCT', 'AUTHORITY_RESPECT_COURTESY'],
         al='Pursued a sexual relationship with a vulnerable victim of crime',
         ev=('text and social media messages sent to the victim', 40, 400)),
    dict(h='offensive group chat messages',
         conduct='Sharing racist and misogynistic messages in a group chat',
         cats=['DISCRIMINATION', 'OFFENSIVE_COMMUNICATIONS'],
         stds=['EQUALITY_DIVERSITY', 'DISCREDITABLE_CONDUCT', 'CHALLENGING_REPORTING'],
         al='Posted discriminatory messages in a group chat', ev=('group chat messages', 20, 3000)),
    dict(h='an assault on a detainee', conduct='Using unnecessary force on a handcuffed detainee in custody',
         cats=['USE_OF_FORCE'], stds=['USE_OF_FORCE', 'DISCREDITABLE_CONDUCT'],
         al='Struck a restrained detainee', ev=('custody CCTV clips', 2, 12)),
    dict(h='police computer checks', conduct='Searching police databases for personal reasons',
         cats=['MISUSE_OF_SYSTEMS'], stds=['CONFIDENTIALITY', 'HONESTY_INTEGRITY'],
         al='Carried out checks on police systems with no policing purpose', ev=('unauthorised database searches', 5, 150)),
    dict(h='drink-driving', conduct='Driving a car while over the legal alcohol limit',
         cats=['DRINK_OR_DRUGS', 'CRIMINAL_CONVICTION'], stds=['DISCREDITABLE_CONDUCT'],
         al='Was convicted of drink-driving', ev=None),
    dict(h='false overtime claims', conduct='Claiming overtime for hours not worked', cats=['DISHONESTY'],
         stds=['HONESTY_INTEGRITY'], al='Submitted false overtime claims', ev=('overtime claims', 6, 60)),
    dict(h='an uninvestigated domestic abuse report', conduct='Failing to record and investigate a report of domestic abuse',
         cats=['NEGLECT_OF_DUTY'], stds=['DUTIES_RESPONSIBILITIES'],
         al='Did not record or progress a domestic abuse report', ev=None),
    dict(h='bullying a student officer', conduct='Bullying and belittling a student officer',
         cats=['BULLYING_OR_HARASSMENT'], stds=['AUTHORITY_RESPECT_COURTESY', 'EQUALITY_DIVERSITY'],
         al='Repeatedly humiliated a student officer in front of colleagues', ev=None),
    dict(h='coercive behaviour towards a former partner',
         conduct='Controlling and coercive behaviour towards a former partner', cats=['DOMESTIC_ABUSE'],
         stds=['DISCREDITABLE_CONDUCT'], al='Engaged in controlling behaviour towards a former partner', ev=None),
    dict(h='an undeclared association with a drug supplier',
         conduct='Failing to declare an association with a convicted drug supplier',
         cats=['INAPPROPRIATE_RELATIONSHIP'], stds=['HONESTY_INTEGRITY', 'DISCREDITABLE_CONDUCT'],
         al='Maintained an undeclared association with a convicted offender', ev=('phone calls', 10, 90)),
    dict(h='refusing a lawful order', conduct='Refusing an instruction to attend a firearms briefing',
         cats=['OTHER'], stds=['ORDERS_INSTRUCTIONS'], al='Refused a lawful instruction from a supervisor', ev=None),
    dict(h='being unfit for duty', conduct='Reporting for duty while unfit through alcohol', cats=['DRINK_OR_DRUGS'],
         stds=['FITNESS_FOR_DUTY'], al='Reported for duty unfit through alcohol', ev=None),
    dict(h='shoplifting', conduct='Stealing goods from a supermarket while off duty',
         cats=['DISHONESTY', 'CRIMINAL_CONVICTION'], stds=['HONESTY_INTEGRITY', 'DISCREDITABLE_CONDUCT'],
         al='Stole groceries from a supermarket', ev=None),
    dict(h='failing to report a racist remark', conduct="Failing to challenge or report a colleague's racist remark",
         cats=['DISCRIMINATION'], stds=['CHALLENGING_REPORTING'], al='Did not challenge or report a racist remark',
         ev=None),
    dict(h='misuse of a police vehicle', conduct='Using a marked police car for personal errands',
         cats=['ABUSE_OF_POSITION', 'OTHER'], stds=['DISCREDITABLE_CONDUCT', 'ORDERS_INSTRUCTIONS'],
         al='Used a police vehicle for personal trips', ev=None),
    dict(h='leaking information', conduct='Disclosing confidential information to a journalist',
         cats=['MISUSE_OF_SYSTEMS'], stds=['CONFIDENTIALITY'], al='Passed details of an investigation to the press',
         ev=None),
    dict(h='cannabis use', conduct='Using a controlled drug while off duty', cats=['DRINK_OR_DRUGS'],
         stds=['DISCREDITABLE_CONDUCT', 'FITNESS_FOR_DUTY'], al='Tested positive for cannabis', ev=None),
]

PREFIX = {
    'CONSTABLE': ['PC', 'PC', 'PC', 'Police Constable', 'DC', 'Detective Constable'],
    'SERGEANT': ['PS', 'Sergeant', 'Sgt', 'DS', 'Detective Sergeant'],
    'INSPECTOR': ['Inspector', 'DI', 'Detective Inspector', 'Insp'],
    'CHIEF_INSPECTOR': ['Chief Inspector', 'DCI', 'Ch Insp'],
    'SUPERINTENDENT': ['Superintendent', 'Supt', 'Detective Superintendent'],
    'CHIEF_SUPERINTENDENT': ['Chief Superintendent', 'Ch Supt'],
    'COMMANDER': ['Commander', 'Cdr'],
    'DEPUTY_CHIEF_CONSTABLE': ['Deputy Chief Constable', 'DCC'],
    'CHIEF_OFFICER': ['Chief Officer'],
    'SPECIAL_CONSTABLE': ['Special Constable', 'SC', 'Special Constable'],
    'POLICE_STAFF': ['staff member', 'police staff member', 'civilian investigator'],
}
RANK_WORD = {'CONSTABLE': 'constable', 'SERGEANT': 'sergeant', 'INSPECTOR': 'inspector',
             'CHIEF_INSPECTOR': 'chief inspector', 'SUPERINTENDENT': 'superintendent',
             'CHIEF_SUPERINTENDENT': 'chief superintendent', 'COMMANDER': 'commander',
             'DEPUTY_CHIEF_CONSTABLE': 'deputy chief constable', 'CHIEF_OFFICER': 'chief officer',
             'SPECIAL_CONSTABLE': 'special constable', 'POLICE_STAFF': 'staff member', None: 'officer'}
OUT_PHRASES = {
    'DISMISSED_WITHOUT_NOTICE': ['was dismissed without notice', 'was sacked without notice',
                                 'has been dismissed from the force without notice'],
    'DISMISSED_WITH_NOTICE': ['was dismissed with notice', 'was given notice of dismissal'],
    'WOULD_HAVE_BEEN_DISMISSED': ['would have been dismissed had {sub} still been serving',
                                  'would have been sacked had {sub} not already left the force'],
    'REDUCTION_IN_RANK': ['was reduced in rank', 'was demoted'],
    'EXTENSION_OF_FINAL_WRITTEN_WARNING': ['had a final written warning extended'],
    'FINAL_WRITTEN_WARNING': ['was given a final written warning', 'received a final written warning'],
    'WRITTEN_WARNING': ['was given a written warning', 'received a written warning'],
    'MANAGEMENT_ADVICE': ['was given management advice', 'received management advice'],
    'REFLECTIVE_PRACTICE': ['was referred to the reflective practice review process'],
    'NO_FURTHER_ACTION': ['faces no further action', 'was told there would be no further action'],
}
HEAD = {'DISMISSED_WITHOUT_NOTICE': 'sacked', 'DISMISSED_WITH_NOTICE': 'dismissed with notice',
        'WOULD_HAVE_BEEN_DISMISSED': 'would have been sacked', 'REDUCTION_IN_RANK': 'demoted',
        'EXTENSION_OF_FINAL_WRITTEN_WARNING': 'has final warning extended',
        'FINAL_WRITTEN_WARNING': 'given final written warning', 'WRITTEN_WARNING': 'given written warning',
        'MANAGEMENT_ADVICE': 'given management advice', 'REFLECTIVE_PRACTICE': 'referred for reflective practice',
        'NO_FURTHER_ACTION': 'cleared'}
WM_TEXT = {12: '12 months', 18: '18 months', 24: 'two years', 36: 'three years', 60: 'five years'}
NEUTRAL = [
    'The hearing was held in public.', 'The panel was led by a legally qualified chair.',
    'An appeal can be lodged with the Police Appeals Tribunal.',
    "The force's professional standards department said the conduct fell far below the standard expected.",
    'The Independent Office for Police Conduct directed the investigation.',
    'The officer did not attend the hearing and was not represented.',
    'The allegation was admitted at the outset.', 'The allegation was denied.',
    'The panel found the case proven on the balance of probabilities.', 'No criminal charges were brought.',
    'The panel said public confidence in policing had been damaged.',
    'The panel took into account references describing years of good service.',
]


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------
def strip_marks(s):
    return s.replace(MS, '').replace(ME, '')


def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s).casefold()


def has_word(text_f, w_f):
    if not w_f:
        return False
    return re.search(r'(?<!\w)' + re.escape(w_f) + r'(?!\w)', text_f) is not None


def cap(s):
    for i, c in enumerate(s):
        if c in (MS, ME):
            continue
        return s[:i] + c.upper() + s[i + 1:]
    return s


def join(*sents):
    return ' '.join(x for x in sents if x)


class Unfair(Exception):
    pass


class P:
    def __init__(self, given, surname, sex='m', origin='', full=None):
        self.given, self.surname, self.sex, self.origin = given, surname, sex, origin
        self.full = full if full else ' '.join(x for x in (given, surname) if x)

    sub = property(lambda s: 'he' if s.sex == 'm' else 'she')
    obj = property(lambda s: 'him' if s.sex == 'm' else 'her')
    pos = property(lambda s: 'his' if s.sex == 'm' else 'her')

    def __repr__(self):
        return 'P(%r)' % self.full


def feminise(s):
    for a, b in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
        if s.endswith(a):
            return s[:-len(a)] + b
    if s == 'Kazlauskas':
        return 'Kazlauskienė'
    return s


class Ctx:
    def __init__(self, rng, n):
        self.rng, self.n = rng, n
        self.forms, self.order = {}, []
        self.idents, self.keep = [], []
        self.used = set()
        self.listed = []
        self.scen = None
        self.notes = []

    def person(self, origin=None, sex=None, pools=None):
        rng = self.rng
        for _ in range(200):
            org = origin or rng.choice(ORIGINS)
            sx = sex or rng.choice('mf')
            m, f, s = POOLS[org]
            g = rng.choice(m if sx == 'm' else f)
            sn = rng.choice(s)
            if org == 'east_european' and sx == 'f':
                sn = feminise(sn)
            if g in self.used or sn in self.used:
                continue
            self.used.update({g, sn})
            return P(g, sn, sx, org)
        raise RuntimeError('no person')

    def mk(self, given, surname, sex='m', full=None):
        self.used.update({given, surname})
        return P(given, surname, sex, 'custom', full)

    def m(self, p, form=None, also=()):
        f = p.full if form is None else form
        if p not in self.forms:
            self.forms[p] = []
            self.order.append(p)
        self.forms[p].append(f)
        self.forms[p].extend(also)
        return MS + f + ME

    def ident(self, s, also=()):
        self.idents.append(s)
        self.idents.extend(also)
        return MS + s + ME

    def k(self, s):
        self.keep.append(s)
        return s


def ref(ctx, o, p, kind='full', pf=None):
    rng = ctx.rng
    if p is None:
        return o['label']
    rank = o.get('rank')
    if pf is None:
        pf = rng.choice(PREFIX[rank]) if rank else ''
    form = {'full': p.full, 'sur': p.surname, 'given': p.given}[kind]
    s = ctx.m(p, form)
    if pf:
        ctx.forms[p].append(pf + ' ' + form)
        return pf + ' ' + s
    return s


# --------------------------------------------------------------------------------------
# Structure: dates, officers, record skeleton
# --------------------------------------------------------------------------------------
def ym(d):
    return '%04d-%02d' % (d.year, d.month)


def mkdates(rng, avoid=()):
    def nudge(d):
        while d.month in avoid:
            d = d + dt.timedelta(days=20)
        return d

    out = {}
    c1 = nudge(dt.date(rng.randint(2015, 2019), rng.randint(1, 12), rng.randint(1, 28)))
    cend = c1
    r = rng.random()
    if r < 0.35:
        out['conductDate'] = c1.isoformat() if rng.random() < 0.6 else ym(c1)
    elif r < 0.8:
        c2 = nudge(c1 + dt.timedelta(days=rng.randint(35, 700)))
        out['conductPeriod'] = {'from': ym(c1), 'to': ym(c2)}
        cend = c2
    inv = nudge(cend + dt.timedelta(days=rng.randint(10, 200)))
    ns = nudge(inv + dt.timedelta(days=rng.randint(5, 150)))
    if rng.random() < 0.7:
        out['investigationStarted'] = ym(inv)
    if rng.random() < 0.6:
        out['noticesServed'] = ym(ns)
    rr = rng.random()
    if rr < 0.3:
        out['restrictedDuties'] = True
        out['restrictedDutiesFrom'] = ym(ns)
    elif rr < 0.45:
        out['restrictedDuties'] = False
    hs = nudge(ns + dt.timedelta(days=rng.randint(90, 480)))
    hr = rng.random()
    if hr < 0.5:
        n = rng.randint(1, 4)
        days = []
        d = hs
        while len(days) < n:
            if d.weekday() < 5 and d.month not in avoid:
                days.append(d)
            d += dt.timedelta(days=1)
        out['hearingDates'] = [x.isoformat() for x in days]
        hend = days[-1]
    elif hr < 0.85:
        out['hearingEnded'] = hs.isoformat()
        if rng.random() < 0.6:
            out['hearingDays'] = rng.randint(1, 5)
        hend = hs
    else:
        out['hearingEnded'] = ym(hs)
        hend = hs
    pub = nudge(hend + dt.timedelta(days=rng.randint(1, 20)))
    return out, pub.isoformat(), hend


def rand_rank(rng):
    return rng.choices(['CONSTABLE', 'SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR', 'SUPERINTENDENT',
                        'SPECIAL_CONSTABLE', 'POLICE_STAFF', None],
                       weights=[55, 16, 7, 3, 2, 5, 6, 6])[0]


def pick_outcome(rng, ht, rank):
    if ht == 'MISCONDUCT_MEETING':
        pool = [('WRITTEN_WARNING', 5), ('MANAGEMENT_ADVICE', 4), ('REFLECTIVE_PRACTICE', 1), ('NO_FURTHER_ACTION', 1)]
    elif ht == 'ACCELERATED_MISCONDUCT_HEARING':
        pool = [('DISMISSED_WITHOUT_NOTICE', 6), ('WOULD_HAVE_BEEN_DISMISSED', 4)]
    else:
        pool = [('DISMISSED_WITHOUT_NOTICE', 30), ('WOULD_HAVE_BEEN_DISMISSED', 20), ('FINAL_WRITTEN_WARNING', 15),
                ('WRITTEN_WARNING', 7), ('REDUCTION_IN_RANK', 6), ('DISMISSED_WITH_NOTICE', 3),
                ('MANAGEMENT_ADVICE', 5), ('NO_FURTHER_ACTION', 5), ('EXTENSION_OF_FINAL_WRITTEN_WARNING', 3),
                ('REFLECTIVE_PRACTICE', 2)]
    while True:
        oc = rng.choices([a for a, _ in pool], weights=[b for _, b in pool])[0]
        if oc == 'REDUCTION_IN_RANK' and (rank not in LADDER or rank == 'CONSTABLE'):
            continue
        return oc


def mkofficer(rng, ht, scen, rank, outcome=None):
    o = {}
    if rank:
        o['rank'] = rank
    oc = outcome or pick_outcome(rng, ht, rank)
    if oc == 'WOULD_HAVE_BEEN_DISMISSED':
        o['status'] = 'FORMER'
    elif rng.random() < 0.5:
        o['status'] = 'SERVING'
    if rng.random() < 0.3:
        o['unitType'] = rng.choice(['Response Team', 'Neighbourhood Policing Team', 'Roads Policing Unit',
                                    'Criminal Investigation Department', 'Custody', 'Safeguarding Unit',
                                    'Firearms Unit', 'Local Policing Team', 'Public Protection Unit'])
    if oc in ('DISMISSED_WITHOUT_NOTICE', 'DISMISSED_WITH_NOTICE', 'WOULD_HAVE_BEEN_DISMISSED'):
        finding = 'GROSS_MISCONDUCT'
    elif oc in ('FINAL_WRITTEN_WARNING', 'EXTENSION_OF_FINAL_WRITTEN_WARNING', 'REDUCTION_IN_RANK'):
        finding = rng.choice(['GROSS_MISCONDUCT', 'MISCONDUCT'])
    elif oc == 'NO_FURTHER_ACTION':
        finding = rng.choice(['NOT_PROVEN', 'NO_CASE_TO_ANSWER'])
    else:
        finding = 'MISCONDUCT'
    stds = list(scen['stds'])
    al = {'description': scen['al'], 'standards': stds, 'finding': finding}
    if rng.random() < 0.15:
        del al['description']
    o['allegations'] = [al]
    o['outcome'] = oc
    o['barredList'] = oc in ('DISMISSED_WITHOUT_NOTICE', 'DISMISSED_WITH_NOTICE', 'WOULD_HAVE_BEEN_DISMISSED')
    if oc in ('WRITTEN_WARNING', 'FINAL_WRITTEN_WARNING', 'EXTENSION_OF_FINAL_WRITTEN_WARNING') and rng.random() < 0.5:
        o['warningMonths'] = {'WRITTEN_WARNING': 12, 'FINAL_WRITTEN_WARNING': rng.choice([18, 24, 36]),
                              'EXTENSION_OF_FINAL_WRITTEN_WARNING': 18}[oc]
    if oc == 'REDUCTION_IN_RANK' and rng.random() < 0.7:
        o['reducedTo'] = LADDER[LADDER.index(rank) - 1]
    return o


def new_record(ctx, people, ht=None, force=None, avoid=(), ranks=None, anon=0, scen=None, outcomes=None,
               not_force=()):
    rng = ctx.rng
    scen = scen or rng.choice(SCEN)
    ctx.scen = scen
    if force is None:
        force = rng.choice([f for f in FORCES if f not in not_force])
    ht = ht or rng.choices(HTS, weights=[18, 64, 18])[0]
    rec = {'force': force, 'hearingType': ht, 'title': '', 'conduct': scen['conduct'],
           'conductCategories': list(scen['cats']), 'summary': ''}
    dates, pub, _ = mkdates(rng, avoid)
    rec.update(dates)
    offs = []
    plist = list(people) + [None] * anon
    codes = rng.sample(CODENAMES, anon) if anon else []
    for i, p in enumerate(plist):
        rank = ranks[i] if ranks and i < len(ranks) and ranks[i] != 'RANDOM' else rand_rank(rng)
        if ranks and i < len(ranks) and ranks[i] == 'NONE':
            rank = None
        oc = outcomes[i] if outcomes and i < len(outcomes) else None
        if oc == 'REDUCTION_IN_RANK' and (rank not in LADDER or rank == 'CONSTABLE'):
            oc = None
        o = mkofficer(rng, ht, scen, rank, oc)
        if p is None:
            o = dict(label=codes.pop(), **o)
        else:
            o = dict(name=p.full, **o)
            ctx.listed.append(p)
        offs.append((o, p))
    if scen.get('ev') and rng.random() < 0.5:
        d, lo, hi = scen['ev']
        ev = {'description': d[0].upper() + d[1:]}
        if rng.random() < 0.7:
            ev['count'] = rng.randint(lo, hi)
            ev['qualifier'] = rng.choice(['EXACTLY', 'MORE_THAN', 'ABOUT'])
        rec['evidence'] = ev
    rec['officerCount'] = len(offs)
    rec['officers'] = [o for o, _ in offs]
    formers = sum(1 for o, _ in offs if o.get('status') == 'FORMER')
    if formers and rng.random() < 0.4:
        k = rng.randint(0, formers)
        rec['departures'] = {'resigned': k, 'retired': rng.randint(0, formers - k)}
    pubname = FORCE_NAME[force] if rng.random() < 0.55 else rng.choice(NEWS)
    rec['source'] = {'url': 'https://attack.example/case/%d' % ctx.n, 'publisher': pubname, 'published': pub}
    return rec, offs


def hearing_phrase(rng, ht):
    return {'MISCONDUCT_HEARING': rng.choice(['a misconduct hearing', 'a gross misconduct hearing',
                                              'a public misconduct hearing']),
            'ACCELERATED_MISCONDUCT_HEARING': rng.choice(['an accelerated misconduct hearing',
                                                          'an accelerated hearing']),
            'MISCONDUCT_MEETING': rng.choice(['a misconduct meeting', 'a misconduct meeting held in private'])}[ht]


def opener(ctx, rec, o, p):
    rng = ctx.rng
    hp = hearing_phrase(rng, rec['hearingType'])
    fn = FORCE_NAME[rec['force']]
    h = ctx.scen['h']
    v = [
        lambda: f"{cap(ref(ctx, o, p))} appeared before {hp} to answer allegations of {h}.",
        lambda: f"{cap(hp)} found that {ref(ctx, o, p)} breached the Standards of Professional Behaviour.",
        lambda: f"{fn} has published the outcome of {hp} concerning {ref(ctx, o, p)}.",
        lambda: f"An officer from {fn} faced {hp} over {h}.",
        lambda: f"The case against {ref(ctx, o, p)} was heard at {hp}.",
        lambda: f"{cap(ref(ctx, o, p))} faced {hp} over {h}.",
    ]
    return rng.choice(v)()


def outcome_phrase(rng, o, p):
    oc = o['outcome']
    ph = rng.choice(OUT_PHRASES[oc]).format(sub=p.sub if p else 'they')
    if o.get('warningMonths') in WM_TEXT:
        ph += ', to last ' + WM_TEXT[o['warningMonths']]
    if o.get('reducedTo'):
        ph += ' to ' + RANK_WORD[o['reducedTo']]
    return ph


def outcome_sent(ctx, o, p, kind=None):
    rng = ctx.rng
    if kind is None:
        kind = rng.choice(['full', 'sur', 'sur'])
    return f"{cap(ref(ctx, o, p, kind))} {outcome_phrase(rng, o, p)}."


def closer(ctx, offs):
    rng = ctx.rng
    out = []
    if any(o['barredList'] for o, _ in offs) and rng.random() < 0.6:
        out.append(rng.choice(['They will be added to the College of Policing Barred List.' if len(offs) > 1 else
                               'The officer will be added to the College of Policing Barred List.',
                               'The name is to be placed on the Barred List held by the College of Policing.']))
    if rng.random() < 0.5:
        out.append(rng.choice(NEUTRAL))
    return out


def std_title(ctx, rec, offs):
    rng = ctx.rng
    o, _ = offs[0]
    who = rng.choice(['Officer', RANK_WORD[o.get('rank')].capitalize(), 'Former officer'
                      if o.get('status') == 'FORMER' else 'Police officer'])
    if len(offs) > 1:
        who = rng.choice(['Officers', 'Two officers' if len(offs) == 2 else 'Three officers'])
    return f"{who} {HEAD[o['outcome']]} over {ctx.scen['h']}"


def compose(ctx, rec, offs, attack, open_=True, outcomes=True, close=True, shuffle=False):
    parts = []
    if open_:
        parts.append(opener(ctx, rec, *offs[0]))
    a = list(attack)
    if shuffle:
        ctx.rng.shuffle(a)
    parts.extend(a)
    if outcomes:
        for o, p in offs:
            parts.append(outcome_sent(ctx, o, p))
    if close:
        parts.extend(closer(ctx, offs))
    return join(*parts)


def finish_std(ctx, rec, offs, attack, title=None, **kw):
    rec['summary'] = compose(ctx, rec, offs, attack, **kw)
    rec['title'] = title if title is not None else std_title(ctx, rec, offs)
    return rec


def add_other(rec, p, role):
    rec.setdefault('otherPeople', []).append({'name': p.full, 'role': role})


def pick(rng, fns, k=1):
    return [f() for f in rng.sample(fns, k)]


# --------------------------------------------------------------------------------------
# Finalisation: strip markers, compute fair truth, check keep phrases
# --------------------------------------------------------------------------------------
def text_slots(rec):
    if rec.get('withdrawn'):
        if 'reason' in rec:
            yield rec, 'reason'
        return
    for k in ('title', 'conduct', 'summary', 'correction'):
        if k in rec:
            yield rec, k
    if 'evidence' in rec:
        yield rec['evidence'], 'description'
    for o in rec['officers']:
        for k in ('label', 'unitType'):
            if k in o:
                yield o, k
        for a in o['allegations']:
            if 'description' in a:
                yield a, 'description'
    for op in rec.get('otherPeople', []):
        yield op, 'role'
    yield rec['source'], 'publisher'


def context_bigrams(marked, form):
    out = []
    for mm in re.finditer(re.escape(MS + form + ME), marked):
        after = marked[mm.end():mm.end() + 40]
        ma = re.match(r'([ ,]{0,2})([^\W_]+)', after)
        if ma:
            out.append(form + ma.group(1) + ma.group(2))
        before = marked[max(0, mm.start() - 40):mm.start()]
        mb = re.search(r'([^\W_]+)( ?)$', before)
        if mb and mb.group(2):
            out.append(mb.group(1) + mb.group(2) + form)
    return out


def struct_string(rec):
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ('name', 'url', 'title', 'summary', 'conduct', 'description', 'label', 'unitType', 'role',
                         'publisher', 'correction', 'notNames', 'reason'):
                    continue
                yield from walk(v)
        elif isinstance(x, list):
            for v in x:
                yield from walk(v)
        elif isinstance(x, bool):
            return
        elif isinstance(x, (int, float)):
            yield str(x)
        elif isinstance(x, str):
            yield x
    return ' '.join(walk(rec))


def record_months(rec):
    ms = set()
    for s in re.findall(r'\b\d{4}-(\d{2})', json.dumps({k: v for k, v in rec.items() if k != 'summary'})):
        ms.add(MONTHS[int(s) - 1])
    return ms


BASE_G = set()
for _e in ENUM_TEXT:
    BASE_G.update(fold(w) for w in _e.split('_'))
BASE_G.update(fold(w) for w in UI_WORDS)


STOP = set('a an the in at of to and or for with by on from that as is was were had has be been its his her their '
           'who which while then than but so if into over under after before about'.split())


def finalise(ctx, rec, cls):
    marked_parts, ordinary_parts, marked_pub = [], [], []
    for obj, k in list(text_slots(rec)):
        s = obj[k]
        marked_parts.append(s)
        if k in ('title', 'conduct', 'summary', 'correction', 'description', 'reason'):
            marked_pub.append(s)
        ordinary_parts.append(re.sub(re.escape(MS) + '.*?' + re.escape(ME), '\x00', s, flags=re.S))
        obj[k] = strip_marks(s)
    if not rec.get('withdrawn'):
        for k in ('title', 'url'):
            if k in rec['source']:
                rec['source'][k] = strip_marks(rec['source'][k])
        if 'notNames' in rec:
            rec['notNames'] = [strip_marks(x) for x in rec['notNames']]
    marked = '\n'.join(marked_parts)
    ordinary = '\n'.join(ordinary_parts)
    ordf = fold(ordinary)
    structf = fold(struct_string(rec))
    G = set(BASE_G)
    if not rec.get('withdrawn'):
        G.update(fold(w) for w in re.split(r'[\s-]+', FORCE_NAME[rec['force']]))
        G.update(fold(m) for m in record_months(rec))
        for o in rec['officers']:
            if 'label' in o:
                G.update(fold(w) for w in o['label'].split())
    names = []

    def add(x):
        x = x.strip()
        if x and x not in names:
            names.append(x)

    for p in ctx.order:
        fullf = fold(p.full)
        if has_word(ordf, fullf):
            raise Unfair('full name used as ordinary text: ' + p.full)
        for f in ctx.forms[p]:
            f = f.strip()
            ff = fold(f)
            core = re.sub(r'[\W_]', '', ff)
            if len(core) < 2:
                continue
            single = len(ff.split()) == 1
            compact = re.sub(r'[.\s-]', '', f)
            bad = (has_word(ordf, ff) or has_word(structf, ff) or (single and ff in G) or
                   (compact.isupper() and compact in ABBREV))
            if bad:
                add(p.full)
                for bg in context_bigrams(marked, f):
                    bgf = fold(bg)
                    if not has_word(ordf, bgf) and not has_word(structf, bgf):
                        add(bg)
            else:
                add(f)
        add(p.full)
    for p in ctx.listed:
        if has_word(ordf, fold(p.full)):
            raise Unfair('listed full name in ordinary text')
        add(p.full)
    for s in ctx.idents:
        sf = fold(s)
        if has_word(ordf, sf) or has_word(structf, sf):
            raise Unfair('identifier collides: ' + s)
        add(s)
    pub_marked = '\n'.join(obj_k for obj_k in marked_pub)
    cands = []
    for mm in re.finditer(re.escape(ME) + r"(?:'s|\u2019s|')?[ ,]*([^\x00-\x1f.;:!?\"\u201c\u201d()\[\]<>*_`~#@/]{8,90})",
                          pub_marked):
        words = mm.group(1).split()
        if len(words) < 3:
            continue
        ws = [w.rstrip(',') if i == 0 else w for i, w in enumerate(words[:ctx.rng.randint(3, 7)])]
        while ws and (ws[-1].rstrip(',').lower() in STOP or ws[-1].endswith(',')):
            ws.pop()
        ph = ' '.join(ws)
        if len(ph.split()) < 3 or not re.fullmatch(r"[A-Za-z0-9\u00c0-\u024f][\w' ,\u2019£-]*", ph):
            continue
        if ph not in ordinary or any(has_word(fold(ph), fold(nm)) for nm in names):
            continue
        if ph not in cands:
            cands.append(ph)
    if cands:
        ctx.keep.extend(ctx.rng.sample(cands, min(len(cands), ctx.rng.randint(1, 2))))
    keep = []
    for kp in ctx.keep:
        if kp not in ordinary:
            raise Unfair('keep phrase not ordinary: ' + kp)
        kf = fold(kp)
        for nm in names:
            if has_word(kf, fold(nm)):
                raise Unfair('keep contains name: %s / %s' % (kp, nm))
        if kp not in keep:
            keep.append(kp)
    for s in (json.dumps(rec, ensure_ascii=False),):
        if MS in s or ME in s:
            raise Unfair('marker left')
    return {'class': cls, 'names': names, 'keep': keep}


# ======================================================================================
# Attack classes.  Each takes a Ctx, returns a raw record whose text carries markers.
# ======================================================================================
def age_town(rng):
    return rng.randint(21, 58), rng.choice(TOWNS)


# ---- unlisted people ------------------------------------------------------------------
def c_unlisted_given(ctx):
    rng = ctx.rng
    rec, offs = new_record(ctx, [ctx.person()])
    o, p = offs[0]
    v = ctx.person()
    g = lambda: ctx.m(v, v.given)
    T = [
        lambda: f"{cap(ref(ctx, o, p))} met {g()} while responding to a report of a burglary at {v.pos} flat and later contacted {v.obj} on social media.",
        lambda: f"{g()} told investigators that {v.sub} had felt unable to say no to a police officer.",
        lambda: f"The panel heard that {g()}, then 19, had recently reported a serious assault.",
        lambda: f"In a statement read to the hearing, {g()} said {v.sub} had trusted the officer completely.",
        lambda: f"Messages sent to {g()} over four months were described by the chair as predatory.",
        lambda: f"Colleagues had warned {ref(ctx, o, p, 'sur')} that contact with {g()} was inappropriate.",
        lambda: f"It was {g()}'s sister who reported the contact to the force.",
        lambda: f"The chair said {g()} had shown {ctx.k('great courage')} in giving evidence.",
        lambda: f"{cap(ref(ctx, o, p))} accepted sending {g()} {ctx.k('more than 200 messages')}.",
        lambda: f"According to {g()}, the officer turned up at {v.pos} workplace twice.",
        lambda: f"{g()} and a friend were stopped in the town centre shortly after midnight.",
        lambda: f"A neighbour, {g()}, called 999 after hearing shouting.",
        lambda: f"The detainee, known to custody staff as {g()}, was restrained on the floor of the cell.",
        lambda: f"Searches were made on {g()}, a former partner of the officer, and on {v.pos} new partner.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 4)))


def c_unlisted_fullname(ctx):
    rng = ctx.rng
    rec, offs = new_record(ctx, [ctx.person()])
    o, p = offs[0]
    v = ctx.person()
    if rng.random() < 0.25:
        v2 = ctx.person(origin=rng.choice(ORIGINS))
        v = P(v.given, v.surname + '-' + v2.surname, v.sex, v.origin)
    w = ctx.person()
    age, town = age_town(rng)
    f = lambda: ctx.m(v)
    T = [
        lambda: f"{f()}, {age}, of {town}, was arrested on suspicion of assault and taken into custody.",
        lambda: f"A passer-by, {f()}, filmed the arrest on {v.pos} phone.",
        lambda: f"The footage was uploaded to social media by {f()} the following morning.",
        lambda: f"The car belonged to {f()}, a convicted drug supplier the officer had known since school.",
        lambda: f"{cap(ref(ctx, o, p))} searched for {f()} on police systems {ctx.k('43 times')}.",
        lambda: f"Giving evidence, {f()} said {v.sub} had been pushed against a wall.",
        lambda: f"The complaint was made by {f()}.",
        lambda: f"{f()} later received a written apology from the force.",
        lambda: f"{ctx.m(w)} and {f()} both gave statements to investigators.",
        lambda: f"The officer had been in a relationship with {f()} at the time.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


TITLES_PRE = [('PCSO', None), ('Councillor', None), ('Cllr', None), ('Judge', None), ('District Judge', None),
              ('His Honour Judge', 'm'), ('Her Honour Judge', 'f'), ('HHJ', None), ('Recorder', None),
              ('Imam', 'm'), ('Rabbi', None), ('Nurse', None), ('Sister', 'f'), ('Dr', None), ('Dr.', None),
              ('Doctor', None), ('Professor', None), ('Prof.', None), ('Father', 'm'), ('Fr', 'm'),
              ('Reverend', None), ('Rev', None), ('Revd', None), ('Canon', None), ('Pastor', None),
              ('Sheikh', 'm'), ('Mufti', 'm'), ('Maulana', 'm'), ('Pandit', 'm'), ('Giani', 'm'), ('Bhai', 'm'),
              ('Lady', 'f'), ('Lord', 'm'), ('Sir', 'm'), ('Dame', 'f'), ('Baroness', 'f'), ('Mx', None),
              ('Miss', 'f'), ('Mrs', 'f'), ('Ms', 'f'), ('Mr', 'm'), ('Coach', None), ('Paramedic', None),
              ('Firefighter', None), ('Detention Officer', None), ('Headteacher', None), ('Matron', 'f'),
              ('Midwife', None), ('Magistrate', None), ('Coroner', None), ('Senior Coroner', None),
              ('Captain', None), ('Lieutenant', None), ('Corporal', None), ('Private', None),
              ('Bombardier', None), ('Flight Lieutenant', None), ('Brother', 'm'), ('Elder', None),
              ('Deacon', None), ('Ustadh', 'm'), ('Rebbetzin', 'f'), ('Swami', 'm'), ('Auntie', 'f'),
              ('Uncle', 'm'), ('Nana', 'f'), ('Solicitor', None), ('Barrister', None), ('Chef', None)]
TITLES_POST = ['KC', 'QC', 'MP', 'MSP', 'MS', 'MBE', 'OBE', 'QPM', 'JP', 'PhD', 'BEM', 'FRCS']


def c_role_title_unlisted(ctx):
    rng = ctx.rng
    rec, offs = new_record(ctx, [ctx.person()])
    o, p = offs[0]
    t, sx = rng.choice(TITLES_PRE)
    v = ctx.person(sex=sx)
    tl = t if rng.random() < 0.8 else t.lower()
    post = rng.choice(TITLES_POST)
    kind = rng.choice(['full', 'sur', 'given', 'full', 'sur'])
    form = {'full': v.full, 'sur': v.surname, 'given': v.given}[kind]
    if rng.random() < 0.12:
        form = form.lower()
    n = lambda: ctx.m(v, form, also=[tl + ' ' + form])
    T = [
        lambda: f"{cap(tl)} {n()} told the panel that the officer had been abusive.",
        lambda: f"The complaint was raised by {tl} {n()}, who witnessed the arrest.",
        lambda: f"Evidence was given by {tl} {n()}.",
        lambda: f"The hearing was chaired by {tl} {n()}.",
        lambda: f"{ctx.m(v)} {post}, representing the officer, said {p.pos if p else 'the'} client had shown remorse.",
        lambda: f"Also present was {tl} {n()}, who treated the detainee.",
        lambda: f"A referral was made by {tl} {n()} after the detainee was seen in hospital.",
        lambda: f"The officer had been warned by {tl} {n()} that the man was at risk.",
        lambda: f"In mitigation, a character reference from {tl} {n()} was read out.",
        lambda: f"{cap(ref(ctx, o, p))} had a relationship with {tl} {n()}, which was not declared.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def c_surname_alone(ctx):
    rng = ctx.rng
    off = ctx.person()
    rec, offs = new_record(ctx, [off])
    o, p = offs[0]
    if rng.random() < 0.55:                                   # unlisted surname, never with a title
        if rng.random() < 0.3:
            v = ctx.mk(rng.choice(POOLS['british'][0]), rng.choice(['Ward', 'Little', 'Stone', 'Field', 'Young',
                                                                    'Price', 'Bell', 'Hale', 'Moss']))
        else:
            v = ctx.person()
        who = lambda: ctx.m(v, v.surname)
    else:                                                      # listed complainant, or the officer
        if rng.random() < 0.5:
            v = ctx.person()
            add_other(rec, v, rng.choice(['the complainant', 'a member of the public', 'the victim']))
            ctx.listed.append(v)
            who = lambda: ctx.m(v, v.surname)
        else:
            v = p
            who = lambda: ctx.m(p, p.surname)
    T = [
        lambda: f"{who()}, the complainant, told the panel the officer had laughed at {v.pos} injuries.",
        lambda: f"{who()} said the officer had threatened {v.obj} with arrest.",
        lambda: f"Giving evidence by video link, {who()} described the incident as terrifying.",
        lambda: f"The panel preferred the evidence of {who()}.",
        lambda: f"{who()}'s account was supported by doorbell footage.",
        lambda: f"Asked about the messages, {who()} said {v.sub} had felt humiliated.",
        lambda: f"It is understood {who()} has since moved away from the area.",
        lambda: f"According to {who()}, the officer had been drinking.",
        lambda: f"The chair found {who()} to be an honest and careful witness.",
        lambda: f"{who()} denied being aggressive.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def c_sentence_initial(ctx):
    rng = ctx.rng
    people = [ctx.person() for _ in range(rng.randint(1, 2))]
    rec, offs = new_record(ctx, people)
    att = []
    for o, p in offs:
        kind = rng.choice(['sur', 'given', 'full', 'sur'])
        f = lambda p=p, kind=kind: ctx.m(p, {'sur': p.surname, 'given': p.given, 'full': p.full}[kind])
        T = [
            lambda: f"\n\n{f()} was the more experienced of the officers present.",
            lambda: f"\n• {f()}: {outcome_phrase(rng, o, p)}.",
            lambda: f"\n1. {f()} – allegation proven.",
            lambda: f"Outcome: {f()} {outcome_phrase(rng, o, p)}.",
            lambda: f"\"{f()} knew exactly what {p.sub} was doing,\" the chair said.",
            lambda: f"({f()} did not attend.)",
            lambda: f"{f()} accepted the facts but denied that they amounted to gross misconduct.",
            lambda: f"{f()}'s representative said {p.sub} had been under pressure at home.",
            lambda: f"— {f()} resigned before the hearing.",
            lambda: f"{f()}. That was the name on the pocket notebook found in the car.",
        ]
        att.extend(pick(rng, T, rng.randint(1, 2)))
    return finish_std(ctx, rec, offs, att, outcomes=rng.random() < 0.5)


# ---- listed names that are ordinary words -------------------------------------------------
def word_officer(ctx, surnames=WORD_SURNAMES):
    rng = ctx.rng
    for _ in range(100):
        s = rng.choice(surnames)
        if s not in ctx.used:
            break
    g = rng.choice(POOLS['british'][0] + POOLS['british'][1])
    sx = 'm' if g in POOLS['british'][0] else 'f'
    return ctx.mk(g, s, sx)


def c_word_surname_positions(ctx):
    rng = ctx.rng
    n = rng.choice([1, 1, 2])
    people = [word_officer(ctx) for _ in range(n)]
    rec, offs = new_record(ctx, people)
    (o, p) = offs[0]
    S = lambda: ctx.m(p, p.surname)
    S2 = (lambda: ctx.m(offs[1][1], offs[1][1].surname)) if n > 1 else S
    age, town = age_town(rng)
    T = [
        lambda: f"{S()} then kicked the cell door and swore at the detainee.",
        lambda: f"{S()} punched the man twice while he was held on the floor.",
        lambda: f"{S()}, {age}, of {town}, denied the allegation.",
        lambda: f"The chair said {S()} had shown no insight.",
        lambda: f"It was {S()} who first logged on to the system.",
        lambda: f"Asked why, {S()} replied that {p.sub} had been curious.",
        lambda: f"CCTV showed {S()} leaving the custody suite shortly after 2am.",
        lambda: f"A colleague told {S()} to stop, but {p.sub} carried on.",
        lambda: f"{S()} later admitted lying to investigators.",
        lambda: f"The panel described {S()}'s account as wholly implausible.",
        lambda: f"{S()} left the room before the detainee was seen by a nurse.",
        lambda: f"{S()} had eleven years' service and an unblemished record.",
        lambda: f"Footage from the camera worn by {S()} showed the struggle.",
        lambda: f"Neither {S()} nor {S2()} reported what they had seen.",
        lambda: f"{S()} and {S2()} were crewed together that night.",
        lambda: f"When {S()} arrived, the man was already handcuffed.",
    ]
    att = [opener(ctx, rec, o, p)] + pick(rng, T, rng.randint(1, 4))
    return finish_std(ctx, rec, offs, att, open_=False)


def c_quoted_speech(ctx):
    rng = ctx.rng
    p0 = word_officer(ctx) if rng.random() < 0.7 else ctx.person()
    rec, offs = new_record(ctx, [p0])
    o, p = offs[0]
    S = lambda: ctx.m(p, p.surname)
    s_l = lambda: ctx.m(p, p.surname.lower())
    g_l = lambda: ctx.m(p, p.given.lower())
    u = ctx.person()
    T = [
        lambda: f"\"{S()}, get back!\" a colleague can be heard shouting on the footage.",
        lambda: f"\"Oi, {S()}, leave it,\" the sergeant was heard to say.",
        lambda: f"The message read: \"cheers {s_l()} x\".",
        lambda: f"Another member of the group replied: \"{s_l()} ur a legend\".",
        lambda: f"\"{S()}! Stop!\" can be heard before the recording ends.",
        lambda: f"A voice on the radio says: \"{S()}, where are you?\"",
        lambda: f"The officer signed off the messages \"{g_l()} xx\".",
        lambda: f"One message said: \"tell {ctx.m(u, u.given.lower())} she's next\".",
        lambda: f"The victim replied: \"thanks {S()}, see you Friday\".",
        lambda: f"'{cap(S())} – you're on the custody desk,' the inspector told {p.obj}.",
        lambda: f"He wrote: \"{ctx.m(u, u.given)} is a grass, sort her out\".",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


RANK_PFX = [('PCSO', 'POLICE_STAFF'), ('Police Community Support Officer', 'POLICE_STAFF'),
            ('Student Officer', 'CONSTABLE'), ('Student PC', 'CONSTABLE'), ('Probationer', 'CONSTABLE'),
            ('Special Constable', 'SPECIAL_CONSTABLE'), ('SC', 'SPECIAL_CONSTABLE'),
            ('Special Sergeant', 'SPECIAL_CONSTABLE'), ('Special Inspector', 'SPECIAL_CONSTABLE'),
            ('Trainee Detective Constable', 'CONSTABLE'), ('TDC', 'CONSTABLE'), ('Acting Sergeant', 'CONSTABLE'),
            ('A/Sgt', 'CONSTABLE'), ('T/Sgt', 'CONSTABLE'), ('A/PS', 'CONSTABLE'), ('T/DS', 'CONSTABLE'),
            ('A/DI', 'SERGEANT'), ('D/Sgt', 'SERGEANT'), ('Det Sgt', 'SERGEANT'), ('Det Con', 'CONSTABLE'),
            ('Sgt.', 'SERGEANT'), ('Insp.', 'INSPECTOR'), ('Ch. Insp.', 'CHIEF_INSPECTOR'),
            ('Det. Supt.', 'SUPERINTENDENT'), ('Custody Sergeant', 'SERGEANT'), ('Response Sergeant', 'SERGEANT'),
            ('Detention Officer', 'POLICE_STAFF'), ('Investigating Officer', 'POLICE_STAFF'), ('Pc', 'CONSTABLE'),
            ('P.C.', 'CONSTABLE'), ('Ps', 'SERGEANT'), ('Dc', 'CONSTABLE'), ('Det Insp', 'INSPECTOR'),
            ('Temporary Inspector', 'SERGEANT'), ('Constable', 'CONSTABLE'), ('Officer', 'NONE'),
            ('Police Sergeant', 'SERGEANT'), ('ex-PC', 'CONSTABLE'), ('former Sgt', 'SERGEANT'),
            ('retired DS', 'SERGEANT'), ('PC', 'CONSTABLE'), ('Sergeant', 'SERGEANT')]


def c_rank_word_surname(ctx):
    rng = ctx.rng
    pf, rank = rng.choice(RANK_PFX)
    r = rng.random()
    surnames = ['Constable'] if r < 0.22 else ['Sergeant'] if r < 0.4 else ['Young', 'Little', 'Money', 'Stone',
                                                                             'Grace', 'Bishop', 'Rose', 'King',
                                                                             'Field', 'Price', 'Wood', 'Black',
                                                                             'Major', 'Marshall', 'Judge', 'Day',
                                                                             'Law', 'Power', 'Cash', 'Best']
    p0 = word_officer(ctx, surnames)
    rec, offs = new_record(ctx, [p0], ranks=[rank],
                           not_force=('KENT', 'DURHAM'))
    o, p = offs[0]
    R = lambda: pf + ' ' + ctx.m(p, p.surname, also=[pf + ' ' + p.surname])
    S = lambda: ctx.m(p, p.surname)
    T = [
        lambda: f"{cap(R())} was on duty in the custody suite when the detainee collapsed.",
        lambda: f"The panel found that {R()} had failed to check on the detainee.",
        lambda: f"{cap(R())}, who joined the force in 2019, admitted the allegation.",
        lambda: f"{cap(R())} was the only officer present.",
        lambda: f"Both the inspector and {R()} gave evidence.",
        lambda: f"{cap(R())} said {p.sub} had not read the briefing.",
        lambda: f"The chair told {R()} that {p.pos} conduct was a serious breach.",
        lambda: f"Later that evening {S()} returned to the address alone.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)), open_=rng.random() < 0.3)


def c_word_given(ctx):
    rng = ctx.rng
    sx = rng.choice('mf')
    g = rng.choice(WORD_GIVEN_M if sx == 'm' else WORD_GIVEN_F)
    tmp = ctx.person(sex=sx)
    v = ctx.mk(g, tmp.surname, sx)
    avoid = {MONTHS.index(g) + 1} if g in MONTHS else set()
    as_officer = rng.random() < 0.6
    if as_officer:
        rec, offs = new_record(ctx, [v], avoid=avoid)
    else:
        rec, offs = new_record(ctx, [ctx.person()], avoid=avoid)
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague', 'the victim']))
        ctx.listed.append(v)
    o, p = offs[0]
    G = lambda: ctx.m(v, g)
    T = [
        lambda: f"{G()} asked a colleague to delete the footage.",
        lambda: f"{G()} admitted sending the messages.",
        lambda: f"When challenged, {G()} said {v.sub} had been joking.",
        lambda: f"Colleagues always called the officer {G()}.",
        lambda: f"{G()} told the panel {v.sub} regretted what had happened.",
        lambda: f"It was {G()} who raised the alarm.",
        lambda: f"The chair accepted that {G()} had been frightened.",
        lambda: f"{G()} left the force shortly afterwards.",
        lambda: f"Text messages between {G()} and the officer were shown to the panel.",
        lambda: f"{G()}, who was off duty, saw the incident from a bus.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def c_month_given(ctx):
    rng = ctx.rng
    g, sx = rng.choice([('April', 'f'), ('May', 'f'), ('June', 'f'), ('August', 'm'), ('Summer', 'f'),
                        ('Autumn', 'f'), ('January', 'f'), ('March', 'm'), ('Julie', 'f')])
    if g == 'Julie':
        g = 'July'
    tmp = ctx.person(sex=sx)
    v = ctx.mk(g, tmp.surname, sx)
    mi = MONTHS.index(g) + 1 if g in MONTHS else 0
    avoid = {mi} if mi else set()
    others = [m for i, m in enumerate(MONTHS, 1) if i != mi]
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v], avoid=avoid)
    else:
        rec, offs = new_record(ctx, [ctx.person()], avoid=avoid)
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
        ctx.listed.append(v)
    G = lambda: ctx.m(v, g)
    m1, m2 = sorted(rng.sample(others, 2), key=MONTHS.index)
    day = rng.randint(2, 28)
    yr = rng.randint(2016, 2021)
    age = rng.randint(22, 49)
    T = [
        lambda: f"{G()}, {age}, of {rng.choice(TOWNS)}, admitted the allegation.",
        lambda: f"On {day} {m1} {G()} told colleagues what had happened.",
        lambda: f"In {m1} {yr} {G()} resigned.",
        lambda: f"Between {m1} and {m2} {yr}, {G()} sent more than 60 messages.",
        lambda: f"The panel heard {G()} was {age} at the time.",
        lambda: f"{G()}, then {age}, had been in the job for two years.",
        lambda: f"\"I panicked,\" said {G()} on {day} {m2}.",
        lambda: f"By {m2} {G()} 's account had changed.".replace(" 's", "'s"),
        lambda: f"{G()} {rng.randint(3, 9)} days later deleted the messages.",
        lambda: f"A report dated {day}/{rng.randint(1, 12)}/{yr} said {G()} had been warned.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


SHORT_PEOPLE = [('Al', 'Rashid', 'm', 'given', None), ('Thi Hoa', 'Le', 'f', 'sur', 'Le Thi Hoa'),
                ('Van Minh', 'Do', 'm', 'sur', 'Do Van Minh'), ('An', 'Nguyen', 'f', 'given', None),
                ('Ji-hye', 'So', 'f', 'sur', 'So Ji-hye'), ('Bo', 'Larsen', 'm', 'given', None),
                ('Wai-man', 'Ng', 'm', 'sur', 'Ng Wai-man'), ('Hao', 'Wu', 'm', 'sur', 'Wu Hao'),
                ('Na', 'Li', 'f', 'sur', 'Li Na'), ('Jo', 'Platt', 'f', 'given', None),
                ('Ed', 'Carver', 'm', 'given', None), ('Oz', 'Kaya', 'm', 'given', None),
                ('Ty', 'Hughes', 'm', 'given', None), ('Vi', 'Tran', 'f', 'given', None),
                ('Ai', 'Sato', 'f', 'given', None), ('Ian', 'Ho', 'm', 'sur', None),
                ('Min', 'Yu', 'f', 'sur', None), ('Lin', 'Ma', 'f', 'sur', 'Ma Lin'),
                ('Jun', 'Ye', 'm', 'sur', 'Ye Jun'), ('Al', 'Ward', 'm', 'given', None),
                ('Mo', 'Ali', 'm', 'given', None), ('Ky', 'Doan', 'm', 'given', None),
                ('Su', 'Kyi', 'f', 'given', None), ('Ed', 'Au', 'm', 'sur', None),
                ('Hanh', 'Vo', 'f', 'sur', 'Vo Thi Hanh'), ('Xi', 'Lu', 'f', 'sur', None),
                ('Eun-ji', 'Oh', 'f', 'sur', 'Oh Eun-ji'), ('Abu', 'Bakr', 'm', 'given', None)]


def c_short_names(ctx):
    rng = ctx.rng
    g, s, sx, which, full = rng.choice(SHORT_PEOPLE)
    v = ctx.mk(g, s, sx, full)
    short = g if which == 'given' else s
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if rng.random() < 0.7:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague', 'the detainee']))
            ctx.listed.append(v)
    X = lambda: ctx.m(v, short)
    age = rng.randint(22, 55)
    T = [
        lambda: f"{X()}, {age}, denied the allegation.",
        lambda: f"{X()} told the panel that {v.sub} had been scared.",
        lambda: f"The chair said {X()} was a credible witness.",
        lambda: f"{X()} said {ctx.k('an unmarked car')} had followed {v.obj} home.",
        lambda: f"So the panel asked {X()} to explain the gap in the log.",
        lambda: f"{X()} did not attend, {ctx.k('so the panel')} proceeded in absence.",
        lambda: f"\"{X()}, do you understand?\" the officer asked.",
        lambda: f"Do {X()}'s notes record the time? The panel found that they did not.",
        lambda: f"An hour later {X()} was released without charge.",
        lambda: f"Le Mans-style racing at {ctx.k('2am on the bypass')} was described by {X()}.",
        lambda: f"{X()} and two friends were stopped in {ctx.k('Le Marchant Road')}.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def initials_of(p, style):
    gi = p.given[0].upper()
    si = ''.join(w[0].upper() for w in re.split(r"[ \-']", p.surname) if w)
    return {'JS': gi + si, 'J.S.': gi + '.' + '.'.join(si) + '.', 'J S': gi + ' ' + ' '.join(si),
            'J.S': gi + '.' + '.'.join(si), 'js': (gi + si).lower(), 'J-S': gi + '-' + '-'.join(si)}[style]


def c_initials(ctx):
    rng = ctx.rng
    for _ in range(50):
        v = ctx.person()
        if (v.given[0] + v.surname[0]).upper() not in ABBREV:
            break
    listed = rng.random() < 0.7
    if listed and rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
            ctx.listed.append(v)
    style = rng.choice(['JS', 'J.S.', 'J S', 'J.S', 'js', 'J-S', 'JS'])
    I = lambda: ctx.m(v, initials_of(v, style))
    T = [
        lambda: f"Messages were signed \"{I()}\".",
        lambda: f"The complainant, referred to in the hearing as {I()}, gave evidence from behind a screen.",
        lambda: f"{I()} told the panel {v.sub} had felt unable to refuse.",
        lambda: f"The duty log shows {I()} booked the detainee in at 03:10.",
        lambda: f"Witness {I()} was not called.",
        lambda: f"A handwritten note, initialled {I()}, was found in the glovebox.",
        lambda: f"Mr {ctx.m(v, v.surname[0] + '.')} and {I()} were the same person, the panel found.",
        lambda: f"The officer's pocket notebook entry was countersigned {I()}.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 2)))


# ---- nicknames, families, variants ----------------------------------------------------------
SURNAME_NICK = [('Robinson', 'Robbo'), ('McCarthy', 'Macca'), ('McAllister', 'Macca'), ('Jones', 'Jonesy'),
                ('Wilkinson', 'Wilko'), ('Thompson', 'Tommo'), ('Gibson', 'Gibbo'), ('Smith', 'Smithy'),
                ('Smith', 'Smudge'), ('Fitzgerald', 'Fitzy'), ('Murphy', 'Murph'), ('Murphy', 'Spud'),
                ('Sullivan', 'Sully'), ('Davies', 'Davo'), ('Higgins', 'Higgy'), ('Walsh', 'Walshy'),
                ('Stevens', 'Stevo'), ('Cox', 'Coxy'), ('Parkinson', 'Parky'), ('Price', 'Pricey'),
                ('White', 'Chalky'), ('Miller', 'Dusty'), ('Clark', 'Nobby'), ('Wilson', 'Tug'),
                ('Hodgson', 'Hodgy'), ('Kennedy', 'Kenno'), ('Ferguson', 'Fergie'), ('Taylor', 'Tayls'),
                ('Okafor', 'Okky'), ('Kowalski', 'Kowal'), ('Shevchenko', 'Sheva'), ('MacDonald', 'Big Mac'),
                ('Stewart', 'Stewie'), ('Simpson', 'Simmo'), ('Harrison', 'Hazza'), ('Barrett', 'Bazza'),
                ('Warren', 'Wazza'), ('Richardson', 'Richo'), ('Anderson', 'Ando'), ('Patterson', 'Patto'),
                ('Donaldson', 'Donno'), ('Gallagher', 'Gally'), ('Lewandowski', 'Lewy'), ('Henderson', 'Hendo'),
                ('Chaudhry', 'Chaud'), ('Adebayo', 'Bayo'), ('Dlamini', 'Dlams'), ('Cohen', 'Cohenski')]


def c_surname_nickname(ctx):
    rng = ctx.rng
    s, nick = rng.choice(SURNAME_NICK)
    g = rng.choice(POOLS['british'][0])
    v = ctx.mk(g, s, 'm')
    p2 = ctx.person()
    rec, offs = new_record(ctx, [v, p2] if rng.random() < 0.4 else [v])
    o, p = offs[0]
    N = lambda: ctx.m(v, nick)
    T = [
        lambda: f"In the group chat {ref(ctx, o, p)} was known as \"{N()}\".",
        lambda: f"{N()} was the one who set the group up, a witness said.",
        lambda: f"Messages from {N()} included a picture of a noose.",
        lambda: f"\"{N()} says we're doing the raid at six,\" one message read.",
        lambda: f"Colleagues said {N()} had a reputation for bullying new starters.",
        lambda: f"The student officer said {N()} told her to \"toughen up\".",
        lambda: f"Asked who {N()} was, the witness pointed to the officer.",
        lambda: f"{N()} and the others laughed at the footage.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


GIVEN_NICK = [('William', 'Liam', 'm'), ('William', 'Bill', 'm'), ('William', 'Billy', 'm'), ('Robert', 'Rob', 'm'),
              ('Robert', 'Bob', 'm'), ('Robert', 'Bobby', 'm'), ('Alexander', 'Sandy', 'm'),
              ('Alexander', 'Sasha', 'm'), ('Alexander', 'Xander', 'm'), ('Margaret', 'Peggy', 'f'),
              ('Margaret', 'Maggie', 'f'), ('Margaret', 'Meg', 'f'), ('Elizabeth', 'Libby', 'f'),
              ('Elizabeth', 'Bess', 'f'), ('Elizabeth', 'Betty', 'f'), ('Edward', 'Ted', 'm'), ('Edward', 'Ned', 'm'),
              ('John', 'Jack', 'm'), ('Henry', 'Hal', 'm'), ('Henry', 'Hank', 'm'), ('Richard', 'Dick', 'm'),
              ('Mary', 'Polly', 'f'), ('Mary', 'Molly', 'f'), ('Dorothy', 'Dolly', 'f'), ('Dorothy', 'Dot', 'f'),
              ('Christopher', 'Kit', 'm'), ('Anthony', 'Ant', 'm'), ('Katarzyna', 'Kasia', 'f'),
              ('Wojciech', 'Wojtek', 'm'), ('Tomasz', 'Tomek', 'm'), ('Małgorzata', 'Gosia', 'f'),
              ('Jakub', 'Kuba', 'm'), ('Aleksander', 'Olek', 'm'), ('Zbigniew', 'Zbyszek', 'm'),
              ('Babatunde', 'Tunde', 'm'), ('Olufemi', 'Femi', 'm'), ('Oluwaseun', 'Seun', 'f'),
              ('Chukwuemeka', 'Emeka', 'm'), ('Oluwakemi', 'Kemi', 'f'), ('Mohammed', 'Mo', 'm'),
              ('Mohammed', 'Hamoudi', 'm'), ('Rajesh', 'Raj', 'm'), ('Jaswinder', 'Jas', 'm'),
              ('Sukhwinder', 'Sukhi', 'm'), ('Gurpreet', 'Gurps', 'm'), ('Emmanuel', 'Manny', 'm'),
              ('Abdirahman', 'Abdi', 'm'), ('Mikhail', 'Misha', 'm'), ('Aleksandra', 'Ola', 'f'),
              ('Yekaterina', 'Katya', 'f'), ('Dafydd', 'Dai', 'm'), ('Dafydd', 'Dewi', 'm'), ('Eleanor', 'Nell', 'f'),
              ('Susan', 'Sue', 'f'), ('Patricia', 'Trish', 'f'), ('Deborah', 'Debs', 'f'), ('Theresa', 'Tess', 'f'),
              ('Francis', 'Frank', 'm'), ('Ruairidh', 'Rory', 'm'), ('Seumas', 'Hamish', 'm'),
              ('Yitzhak', 'Itzik', 'm'), ('Avraham', 'Avi', 'm'), ('Venkatesh', 'Venky', 'm'),
              ('Adaeze', 'Ada', 'f'), ('Temitope', 'Tope', 'f'), ('Jonathan', 'Jonno', 'm'), ('Gareth', 'Gaz', 'm'),
              ('Darren', 'Daz', 'm'), ('Barry', 'Baz', 'm'), ('Sharon', 'Shaz', 'f'), ('Nathaniel', 'Nat', 'm'),
              ('Oluwatobiloba', 'Tobi', 'm'), ('Siobhán', 'Shiv', 'f'), ('Giedrė', 'Gied', 'f')]


def c_given_nickname(ctx):
    rng = ctx.rng
    formal, nick, sx = rng.choice(GIVEN_NICK)
    tmp = ctx.person(sex=sx)
    v = ctx.mk(formal, tmp.surname, sx)
    as_off = rng.random() < 0.6
    if as_off:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'the victim', 'a colleague']))
        ctx.listed.append(v)
    N = lambda: ctx.m(v, nick)
    NS = lambda: ctx.m(v, nick + ' ' + v.surname)
    T = [
        lambda: f"{NS()}, as {v.sub} is known to friends, said the messages began after a night out.",
        lambda: f"{N()} told the panel that the officer had been drinking.",
        lambda: f"The chair found {N()} to be a truthful witness.",
        lambda: f"Screenshots show the officer calling {v.obj} \"{N()}\".",
        lambda: f"{N()} was off sick for three months afterwards.",
        lambda: f"It was {N()} who eventually reported the matter.",
        lambda: f"According to {NS()}, nothing improper happened.",
        lambda: f"A colleague said {N()} had been \"a different person\" since the incident.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def plural(s):
    if re.search(r'(s|sh|ch|x|z)$', s):
        return s + 'es'
    if s.endswith('y') and s[-2:-1] not in 'aeiou':
        return s + 's'
    return s + 's'


def c_family_plural(ctx):
    rng = ctx.rng
    v = ctx.person()
    if rng.random() < 0.3:
        v = ctx.mk(v.given, rng.choice(['Jones', 'Okafor', 'Patel', 'Murphy', 'Kowalski', 'McLeod', 'Harris',
                                        'Walsh', 'Okonjo', 'Cohen', 'Singh', 'Nowak']), v.sex)
    if rng.random() < 0.5:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'the victim', 'a neighbour']))
        ctx.listed.append(v)
    else:
        rec, offs = new_record(ctx, [v])
    pl = plural(v.surname)
    F = lambda form: ctx.m(v, form)
    T = [
        lambda: f"The officer visited the {F(pl + chr(39))} home on four occasions without a policing purpose.",
        lambda: f"The {F(pl)} said they no longer trusted the police.",
        lambda: f"Both {F('Mr and Mrs ' + v.surname)} gave evidence.",
        lambda: f"The {F(v.surname)} family complained in June.",
        lambda: f"A neighbour of the {F(pl)} called police after the row.",
        lambda: f"Photographs of the {F(pl + chr(39))} car were shared in the group.",
        lambda: f"The {F(v.surname + ' household')} had been flagged as vulnerable.",
        lambda: f"The officer had grown up near the {F(pl)} in the 1990s.",
        lambda: f"Officers were called to the {F(pl + chr(8217))} flat at 1am.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


VARIANTS = [('Fiona', 'McLeod', 'f', ['MacLeod', 'Macleod', 'McCleod', "M'Leod"]),
            ('Ian', 'Thompson', 'm', ['Thomson', 'Tomson', 'Thompsen']),
            ('Marie', 'Le Blanc', 'f', ['LeBlanc', 'Leblanc', 'Le-Blanc']),
            ('Gary', 'Phillips', 'm', ['Philips', 'Phillipps', 'Phillip']),
            ('Stephen', 'Clarke', 'm', ['Steven Clark', 'Steve Clarke', 'Stephen Clark']),
            ('Catherine', 'Reid', 'f', ['Kathryn Reid', 'Katherine Reed', 'Cathryn Reide']),
            ('Sean', "O'Neill", 'm', ["Shaun O'Neil", 'Shawn Oneill', 'Seán Ó Néill']),
            ('Rhys', 'Davies', 'm', ['Reece Davis', 'Rees Davey', 'Rhys Davis']),
            ('Niamh', 'Fitzgerald', 'f', ['Neve FitzGerald', 'Neeve Fitz-Gerald']),
            ('Mohammed', 'Hussain', 'm', ['Muhammad Hussein', 'Mohamed Husain', 'Mohammad Hosain']),
            ('Yusuf', 'Qureshi', 'm', ['Yousef Kureishi', 'Yusef Qureishi', 'Joseph Qureshi']),
            ('Aoife', 'Gallagher', 'f', ['Eefa Gallager', 'Aoiffe Gallacher']),
            ('Siobhan', 'Kavanagh', 'f', ['Shevaun Cavanagh', 'Shivaun Kavanaugh']),
            ('Jeffrey', 'Grey', 'm', ['Geoffrey Gray', 'Jeffery Graye']),
            ('Aaron', 'Matthews', 'm', ['Aron Mathews', 'Arron Matthew']),
            ('Leigh', 'Smyth', 'f', ['Lee Smith', 'Leigh Smythe']),
            ('Donald', 'Macdonald', 'm', ['Donald McDonald', 'Donnie MacDonald', 'Don Mcdonald']),
            ('Lukas', 'Van Dijk', 'm', ['Lucas van Dyke', 'Lukas Vandijk', 'Lukas van Dyk']),
            ('Priya', 'Choudhury', 'f', ['Priya Chowdhury', 'Priya Chaudhary', 'Priya Chaudhry']),
            ('Tomasz', 'Nowak', 'm', ['Tomas Novak', 'Thomas Nowack']),
            ('Katarzyna', 'Wiśniewska', 'f', ['Katarzyna Wisniewski', 'Katarzyna Wishnevska']),
            ('Dmytro', 'Kovalenko', 'm', ['Dmitri Kovalenko', 'Dmitry Kowalenko']),
            ('Jenna', "D'Souza", 'f', ['Jenna De Souza', 'Jenna DSouza', 'Jenna Desouza']),
            ('Abdullahi', 'Mohamud', 'm', ['Abdullah Mahmoud', 'Abdulahi Mohamoud']),
            ('Yaw', 'Asante', 'm', ['Yao Asanti', 'Yaw Ashanti']),
            ('Caitlin', 'Mulholland', 'f', ['Kaitlyn Mulholland', 'Caitlyn Mulhollan']),
            ('Rebekah', 'Hewitt', 'f', ['Rebecca Hewett', 'Becky Hewitt']),
            ('Zoë', 'Ashcroft', 'f', ['Zoey Ashcroft', 'Zoe Ashcroft']),
            ('Nikolai', 'Sokolov', 'm', ['Nicolai Sokoloff', 'Nikolay Sokolow'])]


def c_spelling_variant(ctx):
    rng = ctx.rng
    g, s, sx, forms = rng.choice(VARIANTS)
    v = ctx.mk(g, s, sx)
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
        ctx.listed.append(v)
    f1, f2 = rng.choice(forms), rng.choice(forms)
    X = lambda f: ctx.m(v, f)
    T = [
        lambda: f"{X(f1)} told investigators a different story.",
        lambda: f"The log was signed by {X(f2)}.",
        lambda: f"In interview, {X(f1)} said {v.sub} did not remember the call.",
        lambda: f"A statement from {X(f2)} was read to the panel.",
        lambda: f"The panel noted that {X(f1)} had been consistent throughout.",
        lambda: f"Colleagues described {X(f2)} as a hard-working officer.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


# ---- case -------------------------------------------------------------------------------
CASE_BASES = []   # filled below


def case_transform(ctx, rec, fn):
    for obj, k in text_slots(rec):
        if obj is rec['source']:
            continue
        if k in ('label', 'role'):
            continue
        obj[k] = fn(obj[k])
    ctx.keep = [fn(k) for k in ctx.keep]


def c_allcaps(ctx):
    base = ctx.rng.choice(CASE_BASES)
    rec = base(ctx)
    case_transform(ctx, rec, lambda s: s.upper())
    return rec


def c_lowercase(ctx):
    base = ctx.rng.choice(CASE_BASES)
    rec = base(ctx)
    case_transform(ctx, rec, lambda s: s.lower())
    return rec


# ---- other scripts --------------------------------------------------------------------------
SCRIPT_PEOPLE = [
    ('Mohammed', 'Al-Hassan', 'm', 'محمد الحسن', 'محمد', 'Arabic'),
    ('Fatima', 'Haddad', 'f', 'فاطمة حداد', 'فاطمة', 'Arabic'),
    ('Omar', 'Khalil', 'm', 'عمر خليل', 'عمر', 'Arabic'),
    ('Layla', 'Mansour', 'f', 'ليلى منصور', 'ليلى', 'Arabic'),
    ('Yousef', 'Nasser', 'm', 'يوسف ناصر', 'يوسف', 'Arabic'),
    ('Imran', 'Chaudhry', 'm', 'عمران چودھری', 'عمران', 'Urdu'),
    ('Rukhsana', 'Begum', 'f', 'رخسانہ بیگم', 'رخسانہ', 'Urdu'),
    ('Priya', 'Sharma', 'f', 'प्रिया शर्मा', 'प्रिया', 'Hindi'),
    ('Rajesh', 'Patel', 'm', 'राजेश पटेल', 'राजेश', 'Hindi'),
    ('Sanjay', 'Mehta', 'm', 'संजय मेहता', 'संजय', 'Hindi'),
    ('Anjali', 'Verma', 'f', 'अंजलि वर्मा', 'अंजलि', 'Hindi'),
    ('Harpreet', 'Kaur', 'f', 'ਹਰਪ੍ਰੀਤ ਕੌਰ', 'ਹਰਪ੍ਰੀਤ', 'Punjabi'),
    ('Jaspal', 'Sandhu', 'm', 'ਜਸਪਾਲ ਸੰਧੂ', 'ਜਸਪਾਲ', 'Punjabi'),
    ('Gurpreet', 'Dhillon', 'm', 'ਗੁਰਪ੍ਰੀਤ ਢਿੱਲੋਂ', 'ਗੁਰਪ੍ਰੀਤ', 'Punjabi'),
    ('Kuldeep', 'Gill', 'm', 'ਕੁਲਦੀਪ ਗਿੱਲ', 'ਕੁਲਦੀਪ', 'Punjabi'),
    ('Tahmina', 'Begum', 'f', 'তাহমিনা বেগম', 'তাহমিনা', 'Bengali'),
    ('Abdul', 'Miah', 'm', 'আব্দুল মিয়া', 'আব্দুল', 'Bengali'),
    ('Nusrat', 'Rahman', 'f', 'নুসরাত রহমান', 'নুসরাত', 'Bengali'),
    ('Rafiq', 'Uddin', 'm', 'রফিক উদ্দিন', 'রফিক', 'Bengali'),
    ('Hiroshi', 'Tanaka', 'm', '田中博', '田中', 'Japanese'),
    ('Yui', 'Suzuki', 'f', '鈴木唯', '鈴木', 'Japanese'),
    ('Keiko', 'Takahashi', 'f', '高橋恵子', '恵子', 'Japanese'),
    ('Haruto', 'Watanabe', 'm', 'ワタナベ ハルト', 'ハルト', 'Japanese'),
    ('Wei', 'Zhang', 'm', '张伟', '张伟', 'Chinese'),
    ('Jing', 'Li', 'f', '李静', '李静', 'Chinese'),
    ('Xiaoming', 'Wang', 'm', '王小明', '小明', 'Chinese'),
    ('Ka-wai', 'Cheung', 'f', '張嘉慧', '嘉慧', 'Cantonese'),
    ('Min-jun', 'Kim', 'm', '김민준', '민준', 'Korean'),
    ('Seo-yeon', 'Park', 'f', '박서연', '서연', 'Korean'),
    ('Shlomo', 'Cohen', 'm', 'שלמה כהן', 'שלמה', 'Hebrew'),
    ('Rivka', 'Levy', 'f', 'רבקה לוי', 'רבקה', 'Hebrew'),
    ('Yitzhak', 'Katz', 'm', 'יצחק כץ', 'יצחק', 'Hebrew'),
    ('Menachem', 'Friedman', 'm', 'מנחם פרידמן', 'מנחם', 'Yiddish'),
    ('Oleksandr', 'Shevchenko', 'm', 'Олександр Шевченко', 'Олександр', 'Ukrainian'),
    ('Olena', 'Bondarenko', 'f', 'Олена Бондаренко', 'Олена', 'Ukrainian'),
    ('Giorgos', 'Papadopoulos', 'm', 'Γιώργος Παπαδόπουλος', 'Γιώργος', 'Greek'),
    ('Venkatesh', 'Krishnan', 'm', 'வெங்கடேஷ் கிருஷ்ணன்', 'வெங்கடேஷ்', 'Tamil'),
    ('Tesfaye', 'Bekele', 'm', 'ተስፋዬ በቀለ', 'ተስፋዬ', 'Amharic'),
    ('Somchai', 'Srisuk', 'm', 'สมชาย ศรีสุข', 'สมชาย', 'Thai'),
    ('Aram', 'Petrosyan', 'm', 'Արամ Պետրոսյան', 'Արամ', 'Armenian'),
    ('Nino', 'Beridze', 'f', 'ნინო ბერიძე', 'ნინო', 'Georgian'),
]


def c_other_script(ctx):
    rng = ctx.rng
    g, s, sx, sfull, spart, lang = rng.choice(SCRIPT_PEOPLE)
    v = ctx.mk(g, s, sx)
    mode = rng.random()
    if mode < 0.45:
        rec, offs = new_record(ctx, [v])
    elif mode < 0.8:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'the victim', 'an interpreter']))
        ctx.listed.append(v)
    else:                                   # unlisted, only in the other script
        rec, offs = new_record(ctx, [ctx.person()])
    listed = mode < 0.8
    o, p = offs[0]
    SF = lambda: ctx.m(v, sfull)
    SP = lambda: ctx.m(v, spart)
    T = [
        lambda: f"The messages, written in {lang}, were signed \"{SP()}\".",
        lambda: f"A card addressed to {SF()} was found in the officer's locker.",
        lambda: f"The officer saved the contact as \"{SF()}\" in {p.pos if p else 'a'} phone.",
        lambda: f"{SF()} gave evidence through an interpreter.",
        lambda: f"The translated note read: \"{SP()} – call me\".",
        lambda: f"Searches were run against the name {SF()} on the force's systems.",
    ]
    if listed:
        T += [lambda: f"{ctx.m(v)} ({SF()}) told the panel she had been frightened." if sx == 'f' else
              f"{ctx.m(v)} ({SF()}) told the panel he had been frightened.",
              lambda: f"{ctx.m(v, v.surname)} / {SF()} was interviewed twice."]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 2)))


# ---- Welsh, Scottish Gaelic and Irish forms -------------------------------------------------
CELTIC = [
    # (given, surname, sex, [(mention form, sentence template with {m})...])
    ('Dafydd', 'Evans', 'm', [('Ddafydd', "The officer's message read: \"Diolch i {m} am y lifft\"."),
                              ('Dai', 'Colleagues called him {m}.'), ('David Evans', 'The log gives the name as {m}.'),
                              ('Dewi', "In the group chat he used the name {m}.")]),
    ('Gwyn', 'Parry', 'm', [('Wyn', 'A card read: "Pen-blwydd hapus i {m}".'),
                            ('Wyn', '{m} told the panel he had been joking.')]),
    ('Bryn', 'Pugh', 'm', [('Fryn', 'One message said: "Dw i wedi anfon y lluniau i {m}".'),
                           ('Mryn', 'Another read: "fy {m} annwyl".')]),
    ('Carys', 'Hughes', 'f', [('Charys', 'The inspector wrote: "Cyfarfod gyda {m} am naw".'),
                              ('Ngharys', 'A text said "fy {m}" followed by three hearts.')]),
    ('Tomos', 'Pritchard', 'm', [('Domos', 'The note said "Diolch i {m}".'),
                                 ('Thomos', 'The rota showed "Siân a {m}" on nights.'),
                                 ('Thomas Pritchard', 'The firearms log lists {m}.')]),
    ('Mererid', 'Vaughan', 'f', [('Fererid', 'The card was addressed "i {m}".'),
                                 ('Margaret Vaughan', 'Her bank records are in the name {m}.')]),
    ('Llinos', 'Bowen', 'f', [('Linos', 'The message said "Neges i {m}".')]),
    ('Rhys', 'ap Gwilym', 'm', [('Rys', 'He replied "Diolch i {m}".'), ('Price', 'Colleagues knew him as Sergeant {m}.'),
                                ('Williams', 'The duty rota gives his surname as {m}.')]),
    ('Gareth', 'ap Rhys', 'm', [('Ngareth', 'A message read "fy {m}".'), ('Price', 'The panel heard {m} was on leave.'),
                                ('Areth', 'The card read "i {m}, diolch".')]),
    ('Catrin', 'Meredith', 'f', [('Gatrin', 'The officer wrote "Neges i {m}".'),
                                 ('Nghatrin', 'and "fy {m} i".'), ('Catherine Meredith', 'Her warrant card reads {m}.')]),
    ('Meirion', 'Lloyd', 'm', [('Feirion', 'She texted "Sori {m}".')]),
    ('Ieuan', 'Griffiths', 'm', [('Evan Griffiths', 'The pay records show {m}.'), ('Iwan', 'Friends call him {m}.'),
                                 ('Ianto', 'The group chat nickname was {m}.')]),
    ('Seumas', 'MacLeòid', 'm', [('Sheumais', 'The message began "A {m}, tha mi duilich".'),
                                 ('James MacLeod', 'His driving licence is in the name {m}.'),
                                 ('MacLeod', 'Witnesses referred to him as {m}.')]),
    ('Màiri', 'NicDhòmhnaill', 'f', [('Mhàiri', 'The note read "A {m}, feumaidh sinn bruidhinn".'),
                                     ('Mary MacDonald', 'She is recorded on the system as {m}.'),
                                     ('MacDonald', 'Her father, Mr {m}, called police.')]),
    ('Calum', 'MacDhòmhnaill', 'm', [('Chaluim', 'It read "A {m}, thig dhachaigh".'),
                                     ('Malcolm Macdonald', 'The court list gives him as {m}.')]),
    ('Tormod', 'MacAmhlaigh', 'm', [('Thormoid', '"A {m}!" someone shouted.'),
                                    ('Norman MacAulay', 'His payslips are in the name {m}.')]),
    ('Catrìona', 'Matheson', 'f', [('Chatrìona', 'The text said "A {m}, ciamar a tha thu".'),
                                   ('Catherine Matheson', 'She is listed as {m} in the custody record.')]),
    ('Seán', 'Ó Súilleabháin', 'm', [('Sheáin', 'The message began "A {m}, an bhfuil tú ann?".'),
                                     ("John O'Sullivan", 'He was booked in as {m}.'),
                                     ("O'Sullivan", 'Colleagues called him {m}.')]),
    ('Siobhán', 'Ní Bhriain', 'f', [("Siobhan O'Brien", 'Her bank card was in the name {m}.'),
                                    ('Shiobhán', 'One text read "A {m}, glaoigh orm".'),
                                    ("O'Brien", 'Ms {m} gave evidence by video link.'),
                                    ('Bhriain', 'Family members named Ó {m} attended.')]),
    ('Pádraig', 'Mac Cárthaigh', 'm', [('Phádraig', 'A colleague wrote "A {m}, ná déan é".'),
                                      ('Patrick McCarthy', 'The log names him as {m}.'),
                                      ('Paddy', 'He was known at work as {m}.')]),
    ('Aoife', 'Nic Cárthaigh', 'f', [('McCarthy', 'Her married name is {m}.'),
                                     ('Aoife McCarthy', 'The warrant was executed by {m}.')]),
    ('Ciarán', 'Ó Briain', 'm', [('Chiaráin', 'The note read "A {m}, go raibh maith agat".'),
                                 ("Kieran O'Brien", 'He appears on the rota as {m}.')]),
]


def c_welsh_gaelic(ctx):
    rng = ctx.rng
    g, s, sx, forms = rng.choice(CELTIC)
    v = ctx.mk(g, s, sx)
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v], force=rng.choice(['NORTH_WALES', 'DYFED_POWYS', 'SOUTH_WALES', 'GWENT',
                                                           'MERSEYSIDE', 'METROPOLITAN', 'CUMBRIA']))
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague', 'the victim']))
        ctx.listed.append(v)
    att = []
    for form, tmpl in rng.sample(forms, min(len(forms), rng.randint(1, 3))):
        att.append(tmpl.format(m=ctx.m(v, form)))
    if rng.random() < 0.3:
        welsh_rank = rng.choice(['Cwnstabl', 'Rhingyll', 'Arolygydd', 'Ditectif Gwnstabl'])
        att.append(f"Mae'r {welsh_rank.lower()} {ctx.m(v)} wedi ymddangos gerbron panel camymddwyn.")
    return finish_std(ctx, rec, offs, att)


# ---- markup, invisible characters, look-alikes, leetspeak --------------------------------------
def html_variant(rng, g, s):
    """Returns (text, extra names) for one obfuscated spelling of 'g s'."""
    i = rng.randint(1, max(1, len(s) - 1))
    ent = '&#%d;' % ord(s[0])
    opts = [
        (f"{g[0]}<b>{g[1:]}</b> {s}", [f"{g[0]}<b>{g[1:]}</b>", g, s]),
        (f"{g} {ent}{s[1:]}", [ent + s[1:], s, g]),
        (f"{g} &#x{ord(s[0]):X};{s[1:]}", [f"&#x{ord(s[0]):X};{s[1:]}", s, g]),
        (f"{g} {s[:i]}<span class=\"x\">{s[i:]}</span>", [f"{s[:i]}<span class=\"x\">{s[i:]}</span>", s, g]),
        (f"{g} {s[:i]}<!-- -->{s[i:]}", [f"{s[:i]}<!-- -->{s[i:]}", s, g]),
        (f"{g} {s[:i]}<wbr>{s[i:]}", [f"{s[:i]}<wbr>{s[i:]}", s, g]),
        (f"**{g} {s}**", [g, s]),
        (f"{g} {s[:i]}**{s[i:]}**", [f"{s[:i]}**{s[i:]}**", s, g]),
        (f"[{g} {s}](https://attack.example/profile)", [g, s]),
        (f"`{g}` `{s}`", [g, s]),
        (f"{g} _{s}_", [g, s]),
        (f"{g} {s[:i]}&shy;{s[i:]}", [f"{s[:i]}&shy;{s[i:]}", s, g]),
        (f"{g}&nbsp;{s}", [f"{g}&nbsp;{s}", g, s]),
        (f"{g} {s[:i]}&#8203;{s[i:]}", [f"{s[:i]}&#8203;{s[i:]}", s, g]),
        (f"&lt;b&gt;{g} {s}&lt;/b&gt;", [g, s]),
        (f"{g} {s[0]}<i></i>{s[1:]}", [f"{s[0]}<i></i>{s[1:]}", s, g]),
        (f"<a href=\"mailto:someone@example.com\">{g} {s}</a>", [g, s]),
        (f"<img alt=\"{g} {s}\" src=\"x.png\">", [g, s]),
        (f"{g} {s[:-1]}&#{ord(s[-1])};", [f"{s[:-1]}&#{ord(s[-1])};", s, g]),
        (f"&amp;#{ord(s[0])};{s[1:]}", [f"&amp;#{ord(s[0])};{s[1:]}", s]),
        (f"{g}<br>{s}", [g, s]),
        (f"~~{g} {s}~~", [g, s]),
        (f"{g} {s[:i]}\\{s[i:]}", [f"{s[:i]}\\{s[i:]}", s, g]),
        (f"<p>{g}</p><p>{s}</p>", [g, s]),
        (f"{g} {s[:i]}&zwnj;{s[i:]}", [f"{s[:i]}&zwnj;{s[i:]}", s, g]),
        (f"{g} {s[:i]}&#173;{s[i:]}", [f"{s[:i]}&#173;{s[i:]}", s, g]),
        (f"{g}%20{s}", [f"{g}%20{s}", g, s]),
        (f"{g}+{s}", [f"{g}+{s}", g, s]),
        (f"{g} {s[:i]}%C2%AD{s[i:]}", [f"{s[:i]}%C2%AD{s[i:]}", s, g]),
    ]
    return rng.choice(opts)


def c_html_markdown(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'irish', 'african', 'south_asian', 'welsh']))
    listed = rng.random() < 0.6
    if listed and rng.random() < 0.5:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
            ctx.listed.append(v)
    att = []
    for _ in range(rng.randint(1, 2)):
        txt, extra = html_variant(rng, v.given, v.surname)
        M = ctx.m(v, txt, also=extra)
        att.append(rng.choice([f"The messages were sent to {M}.", f"{M} gave evidence.",
                               f"The officer searched for {M} on the intelligence system.",
                               f"A profile belonging to {M} was viewed 30 times.",
                               f"The complainant, {M}, did not attend."]))
    return finish_std(ctx, rec, offs, att)


INVIS = ['\u200b', '\u200c', '\u200d', '\u2060', '\u2063', '\u2062', '\ufeff', '\u00ad', '\u034f', '\u180e',
         '\u061c', '\u200e', '\u200f', '\u2064', '\U000E0020', '\ufe0f', '\u3164', '\u115f', '\u17b4', '\u1160']
SEPS = ['\u00a0', '\u2007', '\u202f', '\u3000', '\u2028', '\u205f', '\u2009', '\u200a', '\u1680', '\t', '\u00a0\u00a0']
EMOJI = ['🙂', '💙', '👮', '⭐', '🔥', '😂', '❤️', '👍🏽', '🚓', '🇬🇧']


def invisible_variant(rng, g, s):
    i = rng.randint(1, max(1, len(s) - 1))
    ch = rng.choice(INVIS)
    e = rng.choice(EMOJI)
    sep = rng.choice(SEPS)
    opts = [
        (f"{g} {s[:i]}{ch}{s[i:]}", [f"{s[:i]}{ch}{s[i:]}", s, g]),
        (f"{g}{ch} {ch}{s}", [f"{g}{ch}", f"{ch}{s}", g, s]),
        (f"{g} {s[:i]}{e}{s[i:]}", [f"{s[:i]}{e}{s[i:]}", s, g]),
        (f"{g[:1]}{e}{g[1:]} {s}", [f"{g[:1]}{e}{g[1:]}", g, s]),
        (f"{g}{sep}{s}", [f"{g}{sep}{s}", g, s]),
        (f"{g} " + ''.join(c + '\u20dd' for c in s), [''.join(c + '\u20dd' for c in s), s, g]),
        (f"{g} " + ''.join(c + '\u0336' for c in s), [''.join(c + '\u0336' for c in s), s, g]),
        (f"{g} \u202e{s[::-1]}\u202c", [s[::-1], f"\u202e{s[::-1]}\u202c", s, g]),
        (f"\u2067{g} {s}\u2069", [g, s]),
        (f"{g} {s[:i]}\u200f{s[i:]}", [f"{s[:i]}\u200f{s[i:]}", s, g]),
        (f"{g} " + '\u200b'.join(s), ['\u200b'.join(s), s, g]),
        (f"{g} " + ''.join(c + '\ufe0f' for c in s), [''.join(c + '\ufe0f' for c in s), s, g]),
        (f"{g} {s[:i]}\u0488{s[i:]}", [f"{s[:i]}\u0488{s[i:]}", s, g]),
        (f"{g} {s}" + ''.join(chr(0xE0000 + ord(c)) for c in 'hi'), [s, g]),
        (f"{g} \u202d{s}\u202c", [s, g]),
        (f"{g} {s[:i]}\u00ad\u200b\u2060{s[i:]}", [f"{s[:i]}\u00ad\u200b\u2060{s[i:]}", s, g]),
    ]
    return rng.choice(opts)


def c_unicode_invisible(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'irish', 'african', 'south_asian', 'arabic', 'east_european']))
    listed = rng.random() < 0.6
    if listed and rng.random() < 0.5:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
            ctx.listed.append(v)
    att = []
    for _ in range(rng.randint(1, 2)):
        txt, extra = invisible_variant(rng, v.given, v.surname)
        M = ctx.m(v, txt, also=extra)
        att.append(rng.choice([f"The messages were sent to {M}.", f"{M} gave evidence.",
                               f"The officer searched for {M} on the intelligence system.",
                               f"The footage shows {M} being pushed to the ground.",
                               f"Investigators spoke to {M} twice."]))
    return finish_std(ctx, rec, offs, att)


def mapalpha(s, up, low, holes=None):
    out = []
    for c in s:
        if 'A' <= c <= 'Z':
            out.append(chr(up + ord(c) - 65))
        elif 'a' <= c <= 'z':
            out.append(chr(low + ord(c) - 97))
        else:
            out.append(c)
    return ''.join(out)


SMALLCAPS = dict(zip('abcdefghijklmnopqrstuvwxyz', 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'))
CYR = {'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т',
       'X': 'Х', 'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'i': 'і', 'j': 'ј',
       's': 'ѕ', 'S': 'Ѕ', 'I': 'І', 'J': 'Ј'}
GRK = {'A': 'Α', 'B': 'Β', 'E': 'Ε', 'H': 'Η', 'I': 'Ι', 'K': 'Κ', 'M': 'Μ', 'N': 'Ν', 'O': 'Ο', 'P': 'Ρ',
       'T': 'Τ', 'X': 'Χ', 'Y': 'Υ', 'Z': 'Ζ', 'o': 'ο', 'v': 'ν', 'i': 'ι', 'u': 'υ', 'k': 'κ'}
CHEROKEE = {'A': 'Ꭺ', 'B': 'Ᏼ', 'C': 'Ꮯ', 'D': 'Ꭰ', 'E': 'Ꭼ', 'G': 'Ꮐ', 'H': 'Ꮋ', 'J': 'Ꭻ', 'K': 'Ꮶ', 'L': 'Ꮮ',
            'M': 'Ꮇ', 'P': 'Ꮲ', 'R': 'Ꭱ', 'S': 'Ꮪ', 'T': 'Ꭲ', 'V': 'Ꮩ', 'W': 'Ꮃ', 'Z': 'Ꮓ'}
OTHER_LATIN = {'i': 'ı', 's': 'ſ', 'a': 'ɑ', 'g': 'ɡ', 'o': 'օ', 'l': 'ӏ', 'h': 'һ', 'n': 'ո', 'u': 'ս'}


def homoglyph(s, table, rng, allchars=False):
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        return None
    chosen = idx if allchars else rng.sample(idx, min(len(idx), rng.randint(1, 2)))
    return ''.join(table[c] if i in chosen else c for i, c in enumerate(s))


def lookalike_variant(rng, g, s):
    while True:
        k = rng.randint(0, 13)
        if k == 0:
            t = mapalpha(s, 0x1D400, 0x1D41A)                 # bold
        elif k == 1:
            t = mapalpha(s, 0x1D5D4, 0x1D5EE)                 # sans-serif bold
        elif k == 2:
            t = mapalpha(s, 0x1D670, 0x1D68A)                 # monospace
        elif k == 3:
            t = mapalpha(s, 0x1D4D0, 0x1D4EA)                 # bold script
        elif k == 4:
            t = mapalpha(s, 0xFF21, 0xFF41)                   # fullwidth
        elif k == 5:
            t = mapalpha(s, 0x24B6, 0x24D0)                   # circled
        elif k == 6:
            t = ''.join(SMALLCAPS.get(c.lower(), c) for c in s)
        elif k == 7:
            t = ''.join(chr(0x1F1E6 + ord(c.upper()) - 65) + '\u200b' if c.isalpha() and c.isascii() else c
                        for c in s).rstrip('\u200b')
        elif k == 8:
            t = homoglyph(s, CYR, rng)
        elif k == 9:
            t = homoglyph(s, GRK, rng)
        elif k == 10:
            t = homoglyph(s.upper(), CHEROKEE, rng, allchars=True)
        elif k == 11:
            t = homoglyph(s, OTHER_LATIN, rng)
        elif k == 12:
            t = homoglyph(s, CYR, rng, allchars=True)
        else:
            t = mapalpha(s, 0x1F130, 0x1F130)                 # squared latin capitals
            t = ''.join(chr(0x1F130 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c for c in s)
        if t and t != s:
            return t


def c_unicode_lookalike(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'african', 'south_asian', 'hebrew', 'arabic']))
    listed = rng.random() < 0.6
    if listed and rng.random() < 0.5:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
            ctx.listed.append(v)
    att = []
    for _ in range(rng.randint(1, 2)):
        ts = lookalike_variant(rng, v.given, v.surname)
        if rng.random() < 0.5:
            tg = lookalike_variant(rng, v.given, v.given)
            M = ctx.m(v, tg + ' ' + ts, also=[tg, ts, v.given, v.surname])
        else:
            M = ctx.m(v, v.given + ' ' + ts, also=[ts, v.given, v.surname])
        att.append(rng.choice([f"The account name was \"{M}\".", f"{M} gave evidence.",
                               f"The officer sent {M} a friend request.",
                               f"A screenshot shows a message from {M}.",
                               f"The panel heard from {M} by video link."]))
    return finish_std(ctx, rec, offs, att)


LEET = {'a': ['4', '@'], 'e': ['3'], 'i': ['1', '!'], 'o': ['0'], 's': ['5', '$'], 't': ['7'], 'l': ['1'],
        'g': ['9'], 'b': ['8']}


def leet(rng, s, n=None):
    idx = [i for i, c in enumerate(s) if c.lower() in LEET]
    if not idx:
        return s + '1'
    chosen = idx if n is None else rng.sample(idx, min(n, len(idx)))
    return ''.join(rng.choice(LEET[c.lower()]) if i in chosen else c for i, c in enumerate(s))


def c_leetspeak_handles(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'irish', 'african', 'south_asian', 'east_european']))
    listed = rng.random() < 0.6
    if listed and rng.random() < 0.5:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
            ctx.listed.append(v)
    gl, sl = fold(v.given).replace(' ', ''), fold(v.surname).replace(' ', '').replace("'", '')
    yy = rng.randint(70, 99)
    forms = [
        leet(rng, v.surname, 1), leet(rng, v.given, 2), '@' + leet(rng, sl, 1), '@' + gl + '_' + sl[:1] + str(yy),
        '#JusticeFor' + v.given, '#' + v.given + v.surname + 'Out', 'u/' + gl + '_' + sl, gl + '.' + sl + '.' + str(yy),
        v.given + v.surname + '19' + str(yy), gl + '_' + sl, v.given[0] + '.' + v.surname,
        (gl[0] + sl)[:12], sl + gl[0], leet(rng, gl + sl), '@' + v.given + v.surname, v.given + '%20' + v.surname,
        v.given + '+' + v.surname, gl.upper() + '_' + sl.upper(), '$' + v.surname[1:] if v.surname[0] in 'Ss' else
        leet(rng, v.surname), v.given + v.surname[0] + 'x',
    ]
    att = []
    for f in rng.sample(forms, rng.randint(1, 3)):
        M = ctx.m(v, f)
        att.append(rng.choice([f"The officer followed the account {M} from a personal phone.",
                               f"Messages were exchanged with {M} on Snapchat.",
                               f"A post by {M} was shared in the group chat.",
                               f"The username {M} appeared in the search history.",
                               f"The campaign {M} drew attention to the case.",
                               f"The officer used the handle {M} on a dating app."]))
    return finish_std(ctx, rec, offs, att)


# ---- identifiers ----------------------------------------------------------------------------
def warrant_forms(rng, wn):
    s = str(wn)
    out = [s]
    if len(s) >= 4:
        out += [s[:-3] + ',' + s[-3:], s[:-3] + '-' + s[-3:], s[:-3] + '.' + s[-3:], s[:2] + ' ' + s[2:]]
    out += [' '.join(s), '-'.join(s), 'No. ' + s, '#' + s, 'PC/' + s, 'PC-' + s, 'P.C. ' + s, s + 'TW',
            '0' + s, '00' + s, 'PC ' + s[:2] + ' ' + s[2:], 'Ｐ Ｃ ' + s, '№' + s]
    words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    out.append(' '.join(words[int(c)] for c in s))
    out.append('-'.join(words[int(c)] for c in s))
    return out


def c_warrant_numbers(ctx):
    rng = ctx.rng
    v = ctx.person()
    r = rng.random()
    if r < 0.15:
        wn = rng.randint(1951, 1999)                      # year-like
    elif r < 0.3:
        wn = rng.choice([x for x in range(32, 98) if x != 36])   # two digits
    else:
        wn = rng.randint(1001, 99999)
    rec, offs = new_record(ctx, [v], ranks=[rng.choice(['CONSTABLE', 'SERGEANT', 'CONSTABLE'])])
    o, p = offs[0]
    o['warrantNumber'] = rng.choice([str(wn), 'PC ' + str(wn), str(wn), 'MP' + str(wn)]) if wn > 99 else str(wn)
    forms = warrant_forms(rng, wn)
    chosen = rng.sample(forms, rng.randint(1, 2))
    att = [opener(ctx, rec, o, p)]
    for f in chosen:
        M = ctx.ident(f, also=[str(wn)])
        att.append(rng.choice([f"The officer, collar number {M}, was on duty that night.",
                               f"Shoulder number {M} was visible on the footage.",
                               f"The log was completed under warrant number {M}.",
                               f"Body-worn video from {M} was not retained.",
                               f"The officer's warrant card, number {M}, was seized.",
                               f"The car was booked out to officer {M} at 22:40.",
                               f"Officer {M} attended the scene first."]))
    if rng.random() < 0.35:
        un = rng.randint(1001, 9999)
        while abs(un - wn) < 3:
            un = rng.randint(1001, 9999)
        att.append(f"A second officer, PC {ctx.ident(str(un))}, who faces no proceedings, gave evidence.")
    return finish_std(ctx, rec, offs, att, open_=False)


def phone(rng):
    k = rng.randint(0, 9)
    n = rng.randint(0, 999)
    return ['07700 900%03d' % n, '+44 7700 900%03d' % n, '+44 (0)7700 900%03d' % n, '07700900%03d' % n,
            '0113 496 0%03d' % n, '(0161) 496 0%03d' % n, '020 7946 0%03d' % n, '0161-496-0%03d' % n,
            '07700-900-%03d' % n, '0044 7700 900 %03d' % n][k]


def c_contact_identifiers(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(ORIGINS))
    listed = rng.random() < 0.5
    if listed and rng.random() < 0.5:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'the victim']))
            ctx.listed.append(v)
    gl = re.sub(r'[^a-z]', '', fold(v.given))
    sl = re.sub(r'[^a-z]', '', fold(v.surname))
    yy = rng.randint(70, 99)
    ph = phone(rng)
    emails = [f"{gl}.{sl}@example.com", f"{gl[0]}{sl}{yy}@example.co.uk", f"{gl}.{sl} [at] example [dot] com",
              f"{gl} dot {sl} at example dot com", f"{gl.upper()}.{sl.upper()}@EXAMPLE.COM",
              f"{sl}{gl[0]}@example.org", f"{gl}{yy}@example.net", f"{gl}_{sl}@example.com"]
    urls = [f"https://www.facebook.com/{gl}.{sl}.{yy}", f"instagram.com/{gl}_{sl[:3]}{yy}",
            f"https://x.com/{gl.capitalize()}{sl.capitalize()}", f"tiktok.com/@{gl}.{sl[:1]}x",
            f"linkedin.com/in/{gl}-{sl}-{rng.randint(100, 999)}a", f"https://attack.example/profiles/{gl}-{sl}",
            f"www.onlyfans.com/{gl}{sl[:2]}", f"t.me/{gl}{yy}"]
    handles = [f"@{gl}{sl[:1]}_{yy}", f"snapchat: {gl}{sl[:2]}{yy}", f"{gl}{sl}#{rng.randint(1000, 9999)}"]
    att = []
    picks = rng.sample(['phone', 'email', 'url', 'handle', 'phone_words'], rng.randint(1, 3))
    for kind in picks:
        if kind == 'phone':
            att.append(rng.choice([f"The officer called {ctx.m(v, v.given)} on {ctx.ident(ph)} more than 40 times.",
                                   f"The number {ctx.ident(ph)} was saved under a false name.",
                                   f"Calls to {ctx.ident(ph)} were made from the police radio room."]))
        elif kind == 'phone_words':
            digits = re.sub(r'\D', '', ph)[-11:]
            words = ' '.join(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
                              'nine'][int(c)] for c in digits)
            att.append(f"In a voicemail the officer recited the number \"{ctx.ident(words, also=[ph])}\".")
        elif kind == 'email':
            e = rng.choice(emails)
            att.append(rng.choice([f"Photographs were sent to {ctx.ident(e)}.",
                                   f"The officer forwarded the crime report to {ctx.ident(e)}.",
                                   f"The complaint came from {ctx.ident(e)}."]))
        elif kind == 'url':
            u = rng.choice(urls)
            att.append(rng.choice([f"The officer repeatedly viewed {ctx.ident(u)}.",
                                   f"Screenshots from {ctx.ident(u)} were shared in the group.",
                                   f"The page {ctx.ident(u)} carried photographs of the victim."]))
        else:
            h = rng.choice(handles)
            att.append(rng.choice([f"The officer messaged the account {ctx.ident(h)}.",
                                   f"Contact moved to Snapchat ({ctx.ident(h)}) within a week."]))
    ctx.forms.setdefault(v, [])
    if v not in ctx.order:
        ctx.order.append(v)
    for x in (gl, sl):
        if len(x) >= 3:
            ctx.forms[v].append(x)
    return finish_std(ctx, rec, offs, att)


POSTCODES = ['NR2 4SX', 'LS6 2QT', 'M14 5RG', 'CF24 3AA', 'B23 7HJ', 'PL4 8NB', 'SA1 6EL', 'BS5 9QP', 'NE6 1TZ',
             'LL57 2DG', 'EX2 5WL', 'HU3 2RX', 'CB1 3PF', 'OX4 1UB', 'ME15 6YH', 'DH1 4QB', 'SY23 3BT', 'TR1 2PQ',
             'S11 8YA', 'L8 0TH', 'E17 4PP', 'SW9 8HE', 'CH41 5BN', 'DE22 3LF', 'IP4 2QR']
STREETS = ['Elm Grove', 'Wensum Court', 'Aldersgate Road', 'Heol y Coed', 'Tan-y-Bryn', 'Pendle Close',
           'Mafeking Terrace', 'Cae Mawr', 'Ladysmith Road', 'Sycamore Drive', 'Brynffynnon Road', 'Priory Walk',
           'Gorse Lane', 'Cromwell Street', 'Albion Mews']
PLATES = ['YK19 FXR', 'AB12 CDE', 'LR68 WNZ', 'CY21 KTP', 'BD70 HVA', 'EF15 UMS', 'WX66 PLO', 'NU17 YRE',
          'SN63 DKJ', 'KM20 OJA']
QUASI = ['the only female firearms officer in Shetland', "the force's only Sikh dog handler",
         'the Olympic bronze-medal rower who serves in the marine unit', 'the son of the Chief Constable',
         'the twin sister of the Police and Crime Commissioner', 'the officer who appeared on the BBC series Traffic Cops',
         'the only Welsh-speaking detective on Anglesey', 'the former England women’s rugby captain now in the CID',
         "the force's longest-serving custody sergeant, who retired in 2022 after 41 years",
         'the officer who won the 2019 Queen’s Gallantry Medal for the Borough Market response',
         'the married couple who run the village police station at Much Wenlock',
         'the only officer of Tongan heritage in the force']


def c_personal_identifiers(ctx):
    rng = ctx.rng
    v = ctx.person()
    listed = rng.random() < 0.5
    if listed and rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        if listed:
            add_other(rec, v, rng.choice(['the complainant', 'a witness', 'the victim']))
            ctx.listed.append(v)
    o, p = offs[0]
    by = rng.randint(1962, 2001)
    bm = rng.randint(1, 12)
    bd = rng.randint(1, 28)
    dobs = ['%d %s %d' % (bd, MONTHS[bm - 1], by), '%02d/%02d/%d' % (bd, bm, by), '%02d.%02d.%02d' % (bd, bm, by % 100),
            '%d-%02d-%02d' % (by, bm, bd), '%s %d, %d' % (MONTHS[bm - 1], bd, by)]
    pc = rng.choice(POSTCODES)
    pcs = [pc, pc.replace(' ', ''), pc.lower()]
    num = rng.randint(2, 140)
    st = rng.choice(STREETS)
    town = rng.choice(TOWNS)
    plate = rng.choice(PLATES)
    plates = [plate, plate.replace(' ', ''), plate.lower(), plate.replace(' ', '-')]
    att = []
    kinds = rng.sample(['dob', 'address', 'postcode', 'plate', 'quasi', 'ni', 'school', 'vanity'], rng.randint(1, 3))
    who = lambda: rng.choice([ctx.m(v, v.given), 'the complainant', 'the officer'])
    for kind in kinds:
        if kind == 'dob':
            d = rng.choice(dobs)
            att.append(rng.choice([f"Date of birth: {ctx.ident(d)}.",
                                   f"The officer checked a woman born on {ctx.ident(d)} on the national computer.",
                                   f"{cap(who())} (DOB {ctx.ident(d)}) was the subject of 14 searches."]))
        elif kind == 'address':
            a = f"{num} {st}, {town}"
            att.append(rng.choice([f"The officer went to {ctx.ident(a)} while off duty.",
                                   f"{cap(who())}, of {ctx.ident(a)}, made the complaint.",
                                   f"The incident happened outside {ctx.ident(f'{num} {st}')}."]))
        elif kind == 'postcode':
            pp = rng.choice(pcs)
            att.append(rng.choice([f"Searches were run on the postcode {ctx.ident(pp)}.",
                                   f"The address, in {ctx.ident(pp)}, was not on the officer's beat.",
                                   f"{cap(who())} lives at a flat in {ctx.ident(pp)}."]))
        elif kind == 'plate':
            pl = rng.choice(plates)
            att.append(rng.choice([f"The officer ran the registration {ctx.ident(pl)} through the PNC.",
                                   f"A silver Ford Focus, registration {ctx.ident(pl)}, was seen outside.",
                                   f"ANPR showed {ctx.ident(pl)} passing the camera at 02:14."]))
        elif kind == 'quasi':
            q = rng.choice(QUASI)
            att.append(f"The officer concerned is {ctx.ident(q)}.")
        elif kind == 'ni':
            ni = 'QQ %02d %02d %02d %s' % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99),
                                           rng.choice('ABCD'))
            att.append(f"Payroll records under National Insurance number {ctx.ident(ni)} were accessed.")
        elif kind == 'school':
            sch = rng.choice(["St Bede's Catholic Primary School in Ipswich", 'Ysgol Gymraeg Bro Morgannwg',
                              'Kingsmead Academy in Tamworth', 'Our Lady of Lourdes RC Primary in Hull'])
            att.append(f"The victim, aged 13, is a pupil at {ctx.ident(sch)}.")
        else:
            vp = rng.choice(['G3 MMA', 'K4 YLE', 'D4 RRN', 'M0 HAM', 'P4 TEL', 'S1 NGH', 'J0 NES', 'W1 LLS'])
            att.append(f"The officer's private plate, {ctx.ident(vp)}, was recognised by the victim.")
    return finish_std(ctx, rec, offs, att)


# ---- fact-change traps ----------------------------------------------------------------------
# (given, surname, which part is shared, sentence with {K} = keep phrase, keep phrase)
FACT_LOWER = [
    ('Lee', 'Frank', "The officer made {K} at the start of the hearing.", 'a frank admission'),
    ('Tom', 'Miles', "{R} drove {K} to the address while off duty.", '20 miles'),
    ('Anne', 'Sharp', "There was {K} in complaints after the incident.", 'a sharp rise'),
    ('Paul', 'Guard', "The officer failed {K} who was living at the address.", 'to safeguard the child'),
    ('Kim', 'Chase', "The detainee was arrested after {K} through the estate.", 'a short foot chase'),
    ('Colin', 'Justice', "The officer was convicted of perverting {K}.", 'the course of justice'),
    ('Khalid', 'bin Said', "The phone was later found in {K}.", 'a wheelie bin'),
    ('Khalid', 'bin Said', "Asked about the search, {K} it was for a friend.", 'the officer said'),
    ('Rosemary', 'Platt', "The shop had a herb garden with {K}.", 'rosemary and thyme'),
    ('Jack', 'Money', "The officer {K} from the vulnerable man's flat.", 'stole money'),
    ('Ruth', 'Wallet', "A {K} containing £80 was never booked into property.", 'brown leather wallet'),
    ('Will', 'Thornton', "The chair said the officer {K} be added to the Barred List.", 'will'),
    ('May', 'Okafor', "The officer {K} appeal to the Police Appeals Tribunal.", 'may'),
    ('Grant', 'Pike', "The officer was {K} leave to appeal.", 'granted'),
    ('Mark', 'Dobson', "The {K} was parked on a double yellow line.", 'marked police car'),
    ('Pat', 'Kershaw', "The officer carried out {K} in the street.", 'a pat-down search'),
    ('Rob', 'Haworth', "The call was graded as {K} in progress.", 'a robbery'),
    ('Sue', 'Bainbridge', "The officer {K} the car for two miles without authority.", 'pursued'),
    ('Bill', 'Atherton', "The officer left {K} for the meal unpaid.", 'the bill'),
    ('Hope', 'Cowley', "She said she spoke up {K} it would not happen to anyone else.", 'in the hope that'),
    ('Dawn', 'Marriott', "The warrant was executed {K}.", 'at dawn'),
    ('Joy', 'Pendlebury', "The car had been taken for {K}.", 'joyriding'),
    ('Dean', 'Stone', "A {K} was thrown at the police van.", 'stone'),
    ('Carl', 'Price', "The officer asked {K} of a bag of cannabis.", 'the price'),
    ('Gavin', 'Field', "The body was found in {K} near the A11.", 'a field'),
    ('Ed', 'Ward', "The detainee was taken to {K} and then {K2} the exit.", 'a hospital ward', 'walked towards'),
    ('Neil', 'Little', "The officer showed {K} for the victim.", 'little remorse'),
    ('Stacey', 'Young', "The officer followed {K} home.", 'a young woman'),
    ('Ryan', 'Black', "The suspect fled in {K}.", 'a black Audi'),
    ('Lisa', 'Wood', "He was struck with {K} during the arrest.", 'a piece of wood'),
    ('Clive', 'Rose', "Complaints against the team {K} after the new inspector arrived.", 'rose sharply'),
    ('Amy', 'Long', "The officer had been drinking {K}.", 'for a long time'),
    ('Kevin', 'Best', "The panel said the footage was {K}.", 'the best evidence'),
    ('Joanne', 'Head', "The detainee suffered {K} in the cell.", 'a head injury'),
    ('Marcus', 'Head', "The officer {K} the man in the custody suite.", 'head-butted'),
    ('Craig', 'Day', "The officer returned {K}.", 'the next day'),
    ('Natalie', 'Law', "The officer failed to explain {K} to the suspect.", 'the law'),
    ('Jason', 'Power', "The officer had no {K} to enter the flat.", 'power of entry'),
    ('Keith', 'Cross', "Under {K} the officer changed his account.", 'cross-examination'),
    ('Lauren', 'Swift', "The panel praised {K} from the control room.", 'the swift response'),
    ('Scott', 'Brown', "Money was handed over in {K}.", 'a brown envelope'),
    ('Danielle', 'Green', "The inspector gave {K} to the operation.", 'the green light'),
    ('Simon', 'White', "The officer was driving {K}.", 'a white van'),
    ('Shane', 'Park', "The car was left in {K} overnight.", 'the station car park'),
    ('Kirsty', 'Bell', "Nobody answered when the officer rang {K}.", 'the doorbell'),
    ('Gary', 'Page', "The note is on {K} of the bundle.", 'page 12'),
    ('Jodie', 'Booth', "The call was made from {K}.", 'a phone booth'),
    ('Nigel', 'Winter', "The incident happened {K}.", 'in the winter of 2019'),
    ('Tracey', 'Frost', "There was {K} on the windscreen.", 'frost'),
    ('Trevor', 'Bush', "The knife was found in {K}.", 'a bush'),
    ('Adam', 'Cash', "The officer took {K} from the till.", 'cash payments'),
    ('Luke', 'Strong', "The panel said there was {K} of dishonesty.", 'strong evidence'),
    ('Hannah', 'Short', "The team was {K} that night.", 'short-staffed'),
    ('Toby', 'Gold', "The officer kept {K} found at the scene.", 'a gold chain'),
    ('Gemma', 'Love', "The messages ended with {K}.", 'love-heart emojis'),
    ('Ali', 'Patel', "The officer's {K} was checked and found to be false.", 'alibi'),
    ('Al', 'Pickering', "A breath test showed {K} over the limit.", 'alcohol'),
    ('Dan', 'Whitfield', "The panel said the driving was {K}.", 'dangerous'),
    ('Don', 'Hollis', "The officer was posted to {K} in 2018.", 'London'),
    ('Ray', 'Sutcliffe', "The detainee was taken for {K} at hospital.", 'an X-ray'),
    ('Kay', 'Mottram', "The officer replied \"{K}\" and walked off.", 'okay'),
    ('Sam', 'Fletcher', "A breath {K} was not taken.", 'sample'),
    ('Tom', 'Barker', "The hearing resumes {K}.", 'tomorrow'),
    ('Eve', 'Marriott', "The assault took place on {K}.", 'Christmas Eve'),
    ('Art', 'Whittaker', "The officer breached {K} of the Code of Ethics.", 'article'),
    ('Mo', 'Farah', "The officer was using a {K} while driving.", 'mobile phone'),
    ('Van', 'Nguyen', "The detainee was carried to {K}.", 'a waiting van'),
    ('Ted', 'Haworth', "The officer {K} positive for cocaine.", 'tested'),
    ('Nat', 'Cowley', "A {K} newspaper reported the case.", 'national'),
    ('Amber', 'Hollis', "The car went through {K}.", 'an amber light'),
    ('Lee', 'Holloway', "The chair gave the officer {K} to reply.", 'some leeway'),
    ('Ian', 'Smethurst', "The complainant was a {K} pastor.", 'Christian'),
    ('Ben', 'Clegg', "The officer claimed {K} to which he was not entitled.", 'benefits'),
    ('Chance', 'Okafor', "The panel gave the officer {K} to apologise.", 'every chance'),
    ('Sunny', 'Bains', "It was {K} and dry.", 'sunny'),
]


def c_fact_lowercase(ctx):
    rng = ctx.rng
    row = rng.choice(FACT_LOWER)
    g, s, tmpl, keep = row[:4]
    keep2 = row[4] if len(row) > 4 else None
    v = ctx.mk(g, s, 'f' if g in POOLS['british'][1] or g in WORD_GIVEN_F + ['Anne', 'Kim', 'Sue', 'Ruth', 'Eve',
                                                                               'Kay', 'Joy', 'Amber'] else 'm')
    if rng.random() < 0.65:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['a colleague', 'the complainant', 'a witness']))
        ctx.listed.append(v)
    o, p = offs[0]
    sent = tmpl.format(K=ctx.k(keep), K2=ctx.k(keep2) if keep2 else '', R=cap(ref(ctx, o, p, 'sur')) if p else 'They')
    mention = rng.choice([lambda: f"{ctx.m(v)} gave evidence.",
                          lambda: f"The panel heard from {ctx.m(v)}.",
                          lambda: f"{ctx.m(v)} was interviewed under caution."])()
    att = [sent, mention] if rng.random() < 0.5 else [mention, sent]
    return finish_std(ctx, rec, offs, att)


# (given, surname, rank, sentence, keep phrase, role for otherPeople or None, force override)
FACT_CAP = [
    ('Paul', 'Constable', 'INSPECTOR', "{K} the officer had let the public down.", 'The Chief Constable said'),
    ('Sarah', 'Constable', 'SERGEANT', "The outcome was confirmed by {K}.", 'the Deputy Chief Constable'),
    ('Mark', 'Constable', 'CONSTABLE', "A {K} hung in the officer's hallway.", 'Constable painting'),
    ('Martin', 'Sergeant', 'CONSTABLE', "{K} on duty that night was not called.", 'The Custody Sergeant'),
    ('Helen', 'Bishop', 'CONSTABLE', "A letter of support came from {K}.", 'the Bishop of London'),
    ('Richard', 'Bishop', 'SERGEANT', "The officer lived in {K}.", 'Bishop Auckland'),
    ('Graham', 'King', 'INSPECTOR', "The officer had been awarded {K} in 2012.", "the King's Police Medal"),
    ('Chloe', 'King', 'CONSTABLE', "The incident happened near {K} station.", "King's Cross"),
    ('Jon', 'Savell', 'COMMANDER', "Afterwards {K} the force would learn lessons.", 'a commander said'),
    ('Lee', 'Barker', 'CONSTABLE', "The officer was posted to {K}.", 'Lee-on-the-Solent'),
    ('Darren', 'Lee', 'CONSTABLE', "The car was found in {K}.", 'the Lee Valley'),
    ('Jamie', 'Black', 'CONSTABLE', "The officer grew up in {K}.", 'the Black Country'),
    ('Stuart', 'Black', 'SERGEANT', "The officer was a member of {K}.", 'the Black Police Association'),
    ('Callum', 'Wood', 'CONSTABLE', "The officer was based at {K} police station.", 'Wood Green'),
    ('Neil', 'Wood', 'CONSTABLE', "The man was taken to {K}.", 'Wood Street police station'),
    ('Liam', 'Young', 'CONSTABLE', "The detainee had just been released from {K}.", 'Feltham Young Offender Institution'),
    ('Louise', 'Stone', 'CONSTABLE', "The officer lives in {K}.", 'Stone, Staffordshire'),
    ('Claire', 'Chase', 'CONSTABLE', "The body was found on {K}.", 'Cannock Chase'),
    ('Nicola', 'Miles', 'CONSTABLE', "The flat was in {K}.", 'Miles Platting'),
    ('Russell', 'Field', 'SERGEANT', "The officer collected memorabilia about {K} Montgomery.", 'Field Marshal'),
    ('Kelly', 'Ward', 'CONSTABLE', "The detainee was taken to {K} at the Royal Infirmary.", 'Ward 7'),
    ('Ashley', 'Little', 'CONSTABLE', "The officer was seen in {K}.", 'Little Venice'),
    ('Sharon', 'Rose', 'CONSTABLE', "The fight started outside {K} pub.", 'the Rose and Crown'),
    ('Gareth', 'Crown', 'CONSTABLE', "The case was sent to {K}.", 'the Crown Prosecution Service'),
    ('Lewis', 'Crown', 'SERGEANT', "The trial took place at {K}.", 'Leeds Crown Court'),
    ('Andrea', 'Justice', 'CONSTABLE', "{K} was informed.", 'The Ministry of Justice'),
    ('Martin', 'Money', 'CONSTABLE', "The officer breached {K}.", 'the Money Laundering Regulations'),
    ('David', 'Gold', 'SUPERINTENDENT', "{K} authorised the operation.", 'The Gold Commander'),
    ('Anita', 'Silver', 'INSPECTOR', "The officer acted as {K} during the protest.", 'Silver Commander'),
    ('Terry', 'Major', 'CONSTABLE', "The case was passed to {K}.", 'the Major Crime Team'),
    ('Gordon', 'Major', 'SERGEANT', "{K} who served in the same regiment gave a reference.", 'A Sergeant Major'),
    ('Simon', 'Day', 'CONSTABLE', "The assault happened on {K}.", 'Boxing Day'),
    ('Jo', 'Christmas', 'CONSTABLE', "The assault happened on {K}.", 'Christmas Eve'),
    ('Kate', 'Easter', 'CONSTABLE', "The hearing was adjourned until after {K}.", 'Easter Monday'),
    ('Mark', 'English', 'CONSTABLE', "The complainant {K}.", 'spoke little English'),
    ('Tom', 'Welsh', 'SERGEANT', "The officer was seconded to {K}.", 'the Welsh Government'),
    ('Kate', 'French', 'CONSTABLE', "Evidence was requested from {K}.", 'the French authorities'),
    ('Dean', 'Holland', 'CONSTABLE', "The officer lived near {K}.", 'Holland Park'),
    ('Sam', 'England', 'CONSTABLE', "The officer worked at {K} before joining.", 'the Bank of England'),
    ('Tom', 'Kent', 'CONSTABLE', "{K} said the officer had been dismissed.", 'Kent Police'),
    ('Jane', 'Durham', 'SERGEANT', "The officer studied at {K}.", 'Durham University'),
    ('Ewan', 'Moss', 'CONSTABLE', "The flat was in {K}.", 'Moss Side'),
    ('Philip', 'Heath', 'CONSTABLE', "The assault happened on {K}.", 'Hampstead Heath'),
    ('Andrew', 'Wells', 'CONSTABLE', "The officer was stationed in {K}.", 'Tunbridge Wells'),
    ('Bethan', 'Lincoln', 'CONSTABLE', "The trial was at {K}.", 'Lincoln Crown Court'),
    ('Ian', 'Street', 'CONSTABLE', "The officer was part of the protection team at {K}.", 'Downing Street'),
    ('Carl', 'Cross', 'CONSTABLE', "The officer was off duty at {K}.", 'Charing Cross'),
    ('Dean', 'Forest', 'CONSTABLE', "The incident happened in {K}.", 'the Forest of Dean'),
    ('Grace', 'Okafor', 'CONSTABLE', "The cricket match was at {K}.", 'Grace Road'),
    ('Hope', 'Mensah', 'CONSTABLE', "The flat was on {K}.", 'Hope Street'),
    ('May', 'Thornton', 'CONSTABLE', "A complaint was first made {K}.", 'in May 2023'),
    ('Will', 'Hart', 'CONSTABLE', "The officer was accused of altering {K}.", 'a Last Will and Testament'),
    ('Alan', 'Lord', 'SERGEANT', "The officer guarded {K}.", 'the Lord Chancellor'),
    ('Rhys', 'Church', 'CONSTABLE', "The complainant was a vicar in {K}.", 'the Church of England'),
    ('Paula', 'Marshall', 'CONSTABLE', "The officer walked along {K}.", 'Marshall Street'),
    ('Linda', 'Judge', 'CONSTABLE', "The case was heard by {K}.", 'a District Judge'),
    ('Gary', 'Hunter', 'CONSTABLE', "The officer played for {K}.", 'Hunter Valley FC'),
    ('Ben', 'Green', 'CONSTABLE', "The fight was in {K}.", 'Bethnal Green'),
    ('Kerry', 'White', 'CONSTABLE', "A policy was set out in {K}.", 'the Home Office White Paper'),
    ('Carol', 'Brown', 'CONSTABLE', "The drinks were bought at {K}.", 'the Brown Bear'),
    ('Owen', 'Park', 'CONSTABLE', "The protest was in {K}.", 'Hyde Park'),
    ('Ji-woo', 'Park', 'CONSTABLE', "The officer lived near {K}.", 'Finsbury Park'),
]


def c_fact_capitalised(ctx):
    rng = ctx.rng
    g, s, rank, tmpl, keep = rng.choice(FACT_CAP)
    v = ctx.mk(g, s, 'f' if g in POOLS['british'][1] + ['Helen', 'Sarah', 'Louise', 'Claire', 'Nicola', 'Kelly',
                                                         'Sharon', 'Andrea', 'Anita', 'Jo', 'Kate', 'Jane', 'Bethan',
                                                         'Grace', 'Hope', 'May', 'Paula', 'Linda', 'Kerry', 'Carol',
                                                         'Ji-woo'] else 'm')
    force = 'KENT' if s == 'Kent' else 'DURHAM' if s == 'Durham' else None
    if rank == 'COMMANDER':
        rec, offs = new_record(ctx, [ctx.person()], force='METROPOLITAN')
        add_other(rec, v, 'a commander')
        ctx.listed.append(v)
        o, p = offs[0]
        att = [f"Commander {ctx.m(v)} said the conduct was shameful.", tmpl.format(K=ctx.k(keep))]
        return finish_std(ctx, rec, offs, att)
    rec, offs = new_record(ctx, [v], ranks=[rank], force=force)
    o, p = offs[0]
    att = [tmpl.format(K=ctx.k(keep))]
    if rng.random() < 0.5:
        att.append(rng.choice([f"{cap(ref(ctx, o, p, 'sur'))} denied the allegation.",
                               f"The panel rejected the account given by {ref(ctx, o, p)}."]))
    return finish_std(ctx, rec, offs, att, shuffle=True)


def c_title_case(ctx):
    rng = ctx.rng
    n = rng.choice([1, 2])
    people = [word_officer(ctx) if rng.random() < 0.6 else ctx.person() for _ in range(n)]
    rec, offs = new_record(ctx, people)
    (o, p) = offs[0]
    S1 = lambda: ctx.m(p, p.surname)
    S2 = (lambda: ctx.m(offs[1][1], offs[1][1].surname)) if n > 1 else S1
    G1 = lambda: ctx.m(p, p.given)
    town = rng.choice(TOWNS)
    h = ' '.join(w.capitalize() if w not in ('a', 'of', 'to', 'an') else w.capitalize() for w in ctx.scen['h'].split())
    heads = [
        lambda: f"{S1()} And {S2()} Sacked After Custody Assault",
        lambda: f"{S1()} Dismissed Over {h}",
        lambda: f"{town} Officer {S1()} Jailed And Sacked",
        lambda: f"{S1()} Given Final Warning By Panel",
        lambda: f"{G1()} {S1()} Admits Lying To Investigators",
        lambda: f"{S1()} Resigns Before Hearing Into {h}",
        lambda: f"Hearing Told {S1()} Ignored 999 Call",
        lambda: f"Why {S1()} Was Allowed To Keep {p.pos.capitalize()} Job",
        lambda: f"{S1().upper()} FOUND GUILTY OF GROSS MISCONDUCT",
    ]
    title = rng.choice(heads)()
    sub = rng.choice([lambda: f"OUTCOME: {S1()} Dismissed Without Notice.",
                      lambda: f"Panel Finds Case Against {S1()} Proven.",
                      lambda: f"{S1()} Case: Hearing Concludes.",
                      lambda: f"Background – {S1()} And The Group Chat."])()
    return finish_std(ctx, rec, offs, [sub], title=title)


def c_field_injection(ctx):
    rng = ctx.rng
    v = ctx.person()
    u = ctx.person()
    extra = [ctx.person()] if rng.random() < 0.3 else []
    rec, offs = new_record(ctx, [v] + extra)
    o, p = offs[0]
    fields = rng.sample(['label', 'role', 'unitType', 'publisher', 'correction', 'evidence', 'allegation', 'conduct',
                         'title', 'source_title', 'role'], rng.randint(1, 3))
    att = []
    title = None
    yy = rng.randint(70, 99)
    for f in fields:
        if f == 'label':
            o['label'] = rng.choice([lambda: f"PC {ctx.m(p, p.surname)}", lambda: f"Officer {ctx.m(p, p.surname)}",
                                     lambda: ctx.m(p, initials_of(p, 'J.S.')),
                                     lambda: f"Officer {ctx.m(p, p.given)}",
                                     lambda: f"{ctx.m(p, p.surname)} (Officer A)",
                                     lambda: f"Officer {ctx.m(u, u.surname)}",
                                     lambda: f"Officer A ({ctx.m(p, p.given[0] + '. ' + p.surname)})"])()
        elif f == 'role':
            w = ctx.person()
            role = rng.choice([lambda: f"{ctx.m(w, w.given)}, the complainant",
                               lambda: f"the mother of {ctx.m(u)}",
                               lambda: f"{ctx.m(u, u.given)}'s partner",
                               lambda: f"a friend of {ctx.m(p, p.surname)}",
                               lambda: f"the complainant, Ms {ctx.m(w, w.surname)}",
                               lambda: f"the complainant ({ctx.m(w, initials_of(w, 'JS'))})"])()
            add_other(rec, w, role)
            ctx.listed.append(w)
            att.append(rng.choice([f"{ctx.m(w)} made the complaint.", f"The panel heard from {ctx.m(w)}."]))
        elif f == 'unitType':
            o['unitType'] = rng.choice([lambda: f"DS {ctx.m(u, u.surname)}'s syndicate",
                                        lambda: f"Team {ctx.m(p, p.surname)}",
                                        lambda: f"{ctx.m(u, u.surname)} Response Team",
                                        lambda: f"Operation {ctx.m(u, u.given)}"])()
        elif f == 'publisher':
            rec['source']['publisher'] = rng.choice([
                lambda: f"{rng.choice(NEWS)} (reporter {ctx.m(u)})", lambda: f"Blog of {ctx.m(u)}",
                lambda: f"{ctx.m(u)} Media Ltd",
                lambda: '@' + ctx.m(u, re.sub(r'[^a-z]', '', fold(u.given)) + re.sub(r'[^a-z]', '', fold(u.surname))
                                    + str(yy))])()
        elif f == 'correction':
            rec['correction'] = rng.choice([lambda: f"Appeal by {ref(ctx, o, p)} allowed: outcome reduced",
                                            lambda: f"Corrected at the request of {ctx.m(u)}",
                                            lambda: f"Name of {ctx.m(u)} removed from the summary",
                                            lambda: f"Outcome amended after {ctx.m(p, p.surname)}'s appeal",
                                            lambda: f"Spelling of {ctx.m(u, u.surname)} corrected"])()
        elif f == 'evidence':
            rec['evidence'] = {'description': rng.choice([
                lambda: f"Messages sent to {ctx.m(u, u.given)} on Snapchat",
                lambda: f"Searches on {ctx.m(u)} and family members",
                lambda: f"Photographs taken by {ref(ctx, o, p)}"])()}
        elif f == 'allegation':
            o['allegations'][0]['description'] = rng.choice([
                lambda: f"Assaulted {ctx.m(u)} in custody", lambda: f"Sent messages to {ctx.m(u, u.given)}",
                lambda: f"Lied to investigators about {ctx.m(u, u.surname)}",
                lambda: f"{ctx.m(p, p.surname)} failed to record a crime"])()
        elif f == 'conduct':
            rec['conduct'] = rng.choice([lambda: f"{rec['conduct']} involving {ctx.m(u)}",
                                         lambda: f"Harassing {ctx.m(u, u.given)} after a call-out"])()
        elif f == 'title':
            title = rng.choice([lambda: f"{ref(ctx, o, p)} {HEAD[o['outcome']]}",
                                lambda: f"Officer {HEAD[o['outcome']]} over messages to {ctx.m(u, u.given)}",
                                lambda: f"{ctx.m(u)}: officer {HEAD[o['outcome']]}"])()
        else:
            rec['source']['title'] = f"{ref(ctx, o, p)} {HEAD[o['outcome']]} after complaint by {ctx.m(u)}"
            rec['source']['url'] += '/' + re.sub(r'[^a-z]+', '-', fold(p.full + ' ' + u.full)).strip('-')
    return finish_std(ctx, rec, offs, att, title=title)


NOTNAME_CASES = [
    ('Florence Nightingale Hospital', 'The detainee was treated at the {NN}.', ('Florence', 'Adeyemi', 'f'),
     '{G}, a nurse there, later told the panel the officer smelled of alcohol.'),
    ('Sergeant Major', 'The officer had served as a {NN} in the Army.', ('Tendai', 'Moyo', 'm'),
     'A reference came from Sergeant Major {F}.'),
    ("King's Lynn", 'The car was stopped in {NN}.', ('Adrian', 'King', 'm'),
     '{S}, a taxi driver, told investigators the officer was abusive.'),
    ('Grace Road', 'The match was at {NN}.', ('Grace', 'Adeyemi', 'f'), '{G} said she had been pushed.'),
    ('Lee-on-the-Solent', 'The officer lived in {NN}.', ('Lee', 'Whitfield', 'm'), "{G} was the officer's neighbour."),
    ("St Thomas' Hospital", 'The man was taken to {NN}.', ('Thomas', 'Boateng', 'm'), '{G}, a porter, filmed it.'),
    ('Victoria Station', 'The arrest was at {NN}.', ('Victoria', 'Nowak', 'f'), '{G} said the officer grabbed her.'),
    ('Alexandra Palace', 'The concert was at {NN}.', ('Alexandra', 'Mensah', 'f'), '{G} told the panel she was scared.'),
    ('Elizabeth line', 'The assault happened on the {NN}.', ('Elizabeth', 'Qureshi', 'f'),
     '{G} said the officer followed her.'),
    ('Prince of Wales', 'The fight started in the {NN} pub.', ('Prince', 'Adebayo', 'm'), '{G} was the doorman.'),
    ('Dean Clough', 'The officer worked at {NN}.', ('Dean', 'Pickering', 'm'), '{F} was the security guard there.'),
    ('Marks & Spencer', 'The theft was from {NN}.', ('Spencer', 'Holloway', 'm'), '{G} was the store detective.'),
    ('Mary Rose Museum', 'The officer volunteered at the {NN}.', ('Mary', 'Thwaite', 'f'), '{G} ran the volunteers.'),
    ('Charlotte Street', 'The officer lived on {NN}.', ('Charlotte', 'Okonjo', 'f'), '{G} said he had been drinking.'),
    ('Albert Dock', 'The incident happened at the {NN}.', ('Albert', 'Mwangi', 'm'), '{G}, a security guard, intervened.'),
    ('Dean', 'A letter came from the {NN} of the law faculty.', ('Dean', 'Marriott', 'm'), "{F} was the officer's friend."),
    ('Major', 'The officer attended a {NN} Incident course.', ('Hollis', 'Major', 'm'), '{S} signed the register.'),
    ('Darwin', 'The officer was posted to {NN} College.', ('Charles', 'Darwin', 'm'), '{S} was a witness.'),
    ('Bishop', 'The letter was signed by the {NN}.', ('Anthony', 'Bishop', 'm'), '{S} was the officer who answered.'),
    ('Grace', 'The panel allowed a period of {NN} for submissions.', ('Grace', 'Farah', 'f'), '{G} made the 999 call.'),
]
NOTNAME_LISTED = [
    ('Wood Green', 'The officer was based at {NN}.', 'Wood', '{S} admitted the allegation.'),
    ('Stone', 'The officer lives in {NN}, Staffordshire.', 'Stone', 'The panel rejected the account given by {S}.'),
    ('Black Country', 'The flat was in the {NN}.', 'Black', '{S} told the panel he regretted it.'),
    ('Young Offender Institution', 'The detainee came from a {NN}.', 'Young', '{S} restrained him.'),
    ('Little Chalfont', 'The car was found in {NN}.', 'Little', 'Later {S} changed the account.'),
    ('Price Street', 'The address was on {NN}.', 'Price', 'Nobody saw {S} leave.'),
]


def c_notnames_abuse(ctx):
    rng = ctx.rng
    if rng.random() < 0.7:
        nn, s1, (g, s, sx), s2 = rng.choice(NOTNAME_CASES)
        v = ctx.mk(g, s, sx)
        rec, offs = new_record(ctx, [ctx.person()])
        att = [s1.format(NN=nn), s2.format(G=ctx.m(v, g), S=ctx.m(v, s), F=ctx.m(v))]
    else:
        nn, s1, sur, s2 = rng.choice(NOTNAME_LISTED)
        v = ctx.mk(rng.choice(POOLS['british'][0]), sur, 'm')
        rec, offs = new_record(ctx, [v])
        att = [s1.format(NN=nn), s2.format(S=ctx.m(v, sur))]
    variants = [nn, nn.lower(), nn.upper()] if rng.random() < 0.2 else [nn]
    rec['notNames'] = [rng.choice(variants)]
    return finish_std(ctx, rec, offs, att)


def c_reversed_formal(ctx):
    rng = ctx.rng
    v = ctx.person()
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness']))
        ctx.listed.append(v)
    g, s = v.given, v.surname
    M = lambda f: ctx.m(v, f, also=[g, s])
    forms = [lambda: M(f"{s.upper()}, {g}"), lambda: M(f"{s} {g[0]}."), lambda: M(f"{s}, {g[0]}."),
             lambda: f"Surname: {ctx.m(v, s)}; forename(s): {ctx.m(v, g)}", lambda: M(f"{g[0]}. {s.upper()}"),
             lambda: M(f"{s} ({g})"), lambda: M(f"{s.upper()} {g}"), lambda: M(f"{g} {s.upper()}"),
             lambda: M(f"{s}, {g} (PC)"), lambda: M(f"{s.upper()} {g.upper()}"), lambda: M(f"{s}/{g}"),
             lambda: M(f"{s}_{g}"), lambda: f"Name: {ctx.m(v, g)} {ctx.m(v, s.upper())}"]
    F = lambda: rng.choice(forms)()
    T = [lambda: f"The panel papers list the officer as {F()}.", lambda: f"The respondent ({F()}) did not attend.",
         lambda: f"Witness: {F()}.", lambda: f"Officer concerned: {F()}.",
         lambda: f"The custody record gives the name {F()}.", lambda: f"Exhibit 4 is a statement signed {F()}."]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 2)))


MIDDLES = ['Adaeze', 'Tremaine', 'Oluwadamilare', 'Bronwen', 'Precious', 'Tendai', 'Kanwaljit', 'Mairead',
           'Leocadia', 'Perpetua', 'Ximena', 'Raheem', 'Ignatius', 'Ottoline', 'Thaddeus', 'Kehinde', 'Ebele',
           'Zephaniah', 'Aoibheann', 'Gwenllian', 'Ruaridh', 'Benedetta', 'Kwabena', 'Shoshana', 'Marisol']


def c_middle_maiden(ctx):
    rng = ctx.rng
    v = ctx.person()
    mid = rng.choice(MIDDLES)
    maiden = ctx.person().surname
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'the victim']))
        ctx.listed.append(v)
    g, s = v.given, v.surname
    T = [
        lambda: f"{ctx.m(v, g + ' ' + mid + ' ' + s, also=[mid])} was named on the charge sheet.",
        lambda: f"The warrant card was issued to {ctx.m(v, g[0] + '. ' + mid[0] + '. ' + s)}.",
        lambda: f"{ctx.m(v, g + ' ' + s)} (née {ctx.m(v, maiden)}) gave evidence.",
        lambda: f"The officer, formerly known as {ctx.m(v, g + ' ' + maiden, also=[maiden])}, joined in 2011.",
        lambda: f"Mrs {ctx.m(v, maiden + '-' + s, also=[maiden])} attended with a friend.",
        lambda: f"The payroll record shows the officer's full name as {ctx.m(v, g + ' ' + mid + ' ' + s, also=[mid])}.",
        lambda: f"Known to colleagues by the middle name {ctx.m(v, mid)}, the officer had 12 years' service.",
        lambda: f"The officer's previous surname, {ctx.m(v, maiden)}, appeared on the vetting file.",
    ]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 2)))


TRANSLIT = [
    ('Wei', 'Zhang', 'm', None, ['Zhang Wei', 'Mr Zhang', 'Zhāng Wěi', 'Chang Wei', 'Cheung Wai']),
    ('Seo-yeon', 'Park', 'f', None, ['Park Seo-yeon', 'Seoyeon Park', 'Seo Yeon Park', 'Pak Sŏyŏn', 'Bak Seoyeon']),
    ('Min-jun', 'Kim', 'm', None, ['Kim Min-jun', 'Minjun Kim', 'Min Jun Kim', 'Kim Minjoon', 'Gim Minjun']),
    ('Thành', 'Nguyễn', 'm', 'Nguyễn Văn Thành', ['Nguyen Van Thanh', 'Thanh Nguyen', 'Mr Thanh', 'Ng. V. Thanh',
                                                 'Nguyen Thanh']),
    ('Mohammed', 'Al-Hassan', 'm', None, ['Muhammad al-Hasan', 'Mohamed Alhassan', 'Mohd Hassan', 'M. Al Hassan',
                                          'Mohammad el-Hassan']),
    ('Oleksandr', 'Shevchenko', 'm', None, ['Aleksandr Shevchenko', 'Alexander Schewtschenko', 'Oleksandr Ševčenko',
                                            'Shevtchenko', 'Chevtchenko']),
    ('Yitzhak', 'Katz', 'm', None, ['Isaac Katz', 'Itzhak Kats', 'Yitzchak Katz', 'Icchak Kac']),
    ('László', 'Nagy', 'm', None, ['Nagy László', 'Laszlo Nagy', 'Nagy Laszlo']),
    ('Jürgen', 'Müller', 'm', None, ['Juergen Mueller', 'Jurgen Muller', 'Mueller', 'Muller']),
    ('Şahin', 'Yılmaz', 'm', None, ['Sahin Yilmaz', 'Şahin Yilmaz', 'Yilmaz', 'YILMAZ']),
    ('Ahmed', 'bin Khalid', 'm', None, ['Ahmed Khalid', 'Ahmad bin Khaled', 'Ahmed ibn Khalid', 'Ahmed b. Khalid']),
    ('Hiroshi', 'Tanaka', 'm', None, ['Tanaka Hiroshi', 'Tanaka-san', 'Hiroshi-san', 'Hirosi Tanaka']),
    ('Giorgos', 'Papadopoulos', 'm', None, ['Georgios Papadopoulos', 'George Papadopoulos', 'Yiorgos Papadopoulos',
                                            'Papadopulos']),
    ('Søren', 'Østergaard', 'm', None, ['Soren Ostergaard', 'Soeren Oestergaard', 'Ostergaard']),
    ('Bolesław', 'Łukasiewicz', 'm', None, ['Boleslaw Lukasiewicz', 'Bolek Lukasiewicz', 'Lukasiewicz']),
    ('Abdulkadir', 'Warsame', 'm', None, ['Abdiqadir Warsame', 'Abdul Qadir Warsame', 'Cabdulqaadir Warsame']),
    ('Yekaterina', 'Smirnova', 'f', None, ['Ekaterina Smirnova', 'Katerina Smirnov', 'Jekaterina Smirnowa']),
    ('Fatma', 'Öztürk', 'f', None, ['Fatma Ozturk', 'Fatma Oeztuerk', 'Ozturk']),
    ('Đorđe', 'Petrović', 'm', None, ['Djordje Petrovic', 'Dorde Petrovic', 'Georgije Petrović', 'Petrovich']),
    ('Thi Huong', 'Tran', 'f', 'Trần Thị Hương', ['Tran Thi Huong', 'Huong Tran', 'Ms Huong', 'Trần Hương']),
    ('Chukwuemeka', 'Eze', 'm', None, ['Chukwu-Emeka Eze', 'Emeka Eze', 'C. Emeka Eze']),
    ('Sung-min', 'Choi', 'm', None, ['Choi Sung-min', 'Sungmin Choi', 'Choe Seongmin', 'Chwe Sung Min']),
    ('Xiaoling', 'Huang', 'f', None, ['Huang Xiaoling', 'Wong Siu-ling', 'Hwang Xiao Ling']),
    ('Ngoc Anh', 'Pham', 'f', 'Phạm Ngọc Ánh', ['Pham Ngoc Anh', 'Anh Pham', 'Phạm Ánh']),
]


def c_transliteration_order(ctx):
    rng = ctx.rng
    g, s, sx, full, forms = rng.choice(TRANSLIT)
    v = ctx.mk(g, s, sx, full)
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'an interpreter', 'the victim']))
        ctx.listed.append(v)
    att = []
    for f in rng.sample(forms, rng.randint(1, 2)):
        M = ctx.m(v, f)
        att.append(rng.choice([f"{M} told the panel the officer had shouted.", f"The panel heard from {M}.",
                               f"Immigration records were searched for {M}.",
                               f"The booking-in record gives the name as {M}.",
                               f"An interpreter assisted {M} throughout."]))
    return finish_std(ctx, rec, offs, att)


APOS = ['\u2019', '\u2018', '`', '\u00b4', '\u02bc', '', ' ', '-', "'"]


def c_compound_inflection(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.3:
        base = ctx.person()
        s2 = ctx.person().surname
        v = ctx.mk(base.given, base.surname + '-' + s2, base.sex)
        a, b = base.surname, s2
        forms = [f"{a} {b}", f"{a}\u2013{b}", f"{a}\u2010{b}", f"{a}\u2011{b}", f"{a}_{b}", f"{a}{b}", a, b,
                 f"{b}-{a}", f"{a}/{b}", f"{a} - {b}"]
    elif r < 0.55:
        g = rng.choice(POOLS['irish'][0] + POOLS['british'][0])
        root = rng.choice(['Brien', 'Neill', 'Connor', 'Sullivan', 'Donnell', 'Reilly', 'Shea', 'Hara', 'Leary'])
        v = ctx.mk(g, "O'" + root, 'm')
        forms = ['O' + ap + root for ap in APOS] + ["O'" + root.upper(), 'Ó ' + root]
    else:
        v = ctx.person()
        s, g = v.surname, v.given
        forms = [s + '\u2019s', s + "s'", s + '`s', s + '\u00b4s', g + s, s + '-led', 'anti-' + s, s + '-era',
                 s + 'gate', '#' + s + 'Out', s + 'ite', 'pro-' + s, s + 'esque', s + 'ish', 'Team' + s,
                 s.upper() + "'S", g + "'" + s, g + '.' + s, g + s[0]]
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
        ctx.listed.append(v)
    att = []
    for f in rng.sample(forms, min(len(forms), rng.randint(1, 3))):
        M = ctx.m(v, f)
        att.append(rng.choice([f"The so-called {M} affair began with a single message.",
                               f"A witness referred to {M} throughout.", f"The {M} group chat had 14 members.",
                               f"Messages mentioning {M} were deleted.", f"The panel heard about {M} in detail.",
                               f"Investigators focused on {M} account."]))
    return finish_std(ctx, rec, offs, att)


def c_spaced_split(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'african', 'south_asian', 'irish', 'welsh', 'east_european']))
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
        ctx.listed.append(v)
    s = v.surname.replace(' ', '')
    g = v.given
    i = rng.randint(2, max(2, len(s) - 2))
    forms = [' '.join(s.upper()), '-'.join(s.upper()), '.'.join(s.upper()) + '.', s[:i] + ' ' + s[i:],
             s[:i] + '-\n' + s[i:], s[:i] + '-\r\n' + s[i:], s[:i] + '-\n\n' + s[i:], s[:i] + '- ' + s[i:],
             s[:i] + '\n' + s[i:], ' '.join(s), s[::-1], g + '\n' + s, ' '.join(g.upper()), g[:2] + '-' + g[2:],
             s[:i] + '\u00ad\n' + s[i:], s[:i] + '\u2010\n' + s[i:], ', '.join(s.upper())]
    att = []
    for f in rng.sample(forms, rng.randint(1, 2)):
        M = ctx.m(v, f)
        att.append(rng.choice([f"The officer spelled out the name {M} to the control room.",
                               f"The handwritten note said {M}.", f"The word {M} was scratched into the cell door.",
                               f"The caller gave the name as {M}.", f"On the recording the officer says \"{M}\"."]))
    return finish_std(ctx, rec, offs, att)


def typo_forms(rng, s):
    out = set()
    for _ in range(12):
        k = rng.randint(0, 5)
        if len(s) < 4:
            k = 5
        i = rng.randint(1, len(s) - 2) if len(s) > 3 else 1
        if k == 0:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k == 1:
            t = s[:i] + s[i + 1:]
        elif k == 2:
            t = s[:i] + s[i] + s[i:]
        elif k == 3:
            t = s + 'e'
        elif k == 4:
            t = s[:i] + {'a': 'e', 'e': 'a', 'i': 'y', 'o': 'u', 'u': 'o', 'y': 'i'}.get(s[i], s[i]) + s[i + 1:]
        else:
            t = s + 's'
        if t != s:
            out.add(t)
    return sorted(out)


def c_typo(ctx):
    rng = ctx.rng
    v = ctx.person(origin=rng.choice(['british', 'african', 'south_asian', 'irish', 'east_european', 'arabic']))
    if rng.random() < 0.6:
        rec, offs = new_record(ctx, [v])
    else:
        rec, offs = new_record(ctx, [ctx.person()])
        add_other(rec, v, rng.choice(['the complainant', 'a witness', 'a colleague']))
        ctx.listed.append(v)
    o, p = offs[0]
    ts = typo_forms(rng, v.surname)
    tg = typo_forms(rng, v.given)
    T = [lambda: f"{ctx.m(v, rng.choice(ts))} told the panel the messages were a joke.",
         lambda: f"The statement was signed by {ctx.m(v, v.given + ' ' + rng.choice(ts))}.",
         lambda: f"The log spells the name {ctx.m(v, rng.choice(ts))}.",
         lambda: f"{ctx.m(v, rng.choice(tg))} said the officer had been drinking.",
         lambda: f"Searches were run on {ctx.m(v, rng.choice(tg) + ' ' + v.surname)}.",
         lambda: f"{ctx.m(v, rng.choice(ts))}'s account was accepted.",
         lambda: f"PC {ctx.m(v, rng.choice(ts))} was on duty." if v in ctx.listed else
         f"Mr {ctx.m(v, rng.choice(ts))} gave evidence."]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 3)))


def c_plural_lists(ctx):
    rng = ctx.rng
    n_listed = rng.randint(1, 2)
    listed = [ctx.person() for _ in range(n_listed)]
    unl = [ctx.person() for _ in range(rng.randint(1, 2))]
    rec, offs = new_record(ctx, listed)
    allp = listed + unl
    rng.shuffle(allp)
    S = lambda q: ctx.m(q, q.surname)
    Gv = lambda q: ctx.m(q, q.given)

    def lst(fn, xs):
        xs = [fn(x) for x in xs]
        return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' and ' + xs[-1]
    pl = rng.choice(['PCs', 'Sergeants', 'DCs', 'Messrs', 'Drs', 'Cllrs', 'PCSOs', 'Officers', 'Sgts', 'DSs',
                     'Inspectors', 'Constables', 'Mesdames', 'Detectives'])
    T = [lambda: f"{pl} {lst(S, allp)} were all on the same shift.",
         lambda: f"The group chat included {pl} {lst(S, allp)}.",
         lambda: f"Witnesses {lst(Gv, allp)} were not called.",
         lambda: f"{cap(lst(Gv, allp))} were all members of the group.",
         lambda: f"The officers – {lst(S, allp)} – denied wrongdoing.",
         lambda: f"Statements were taken from {pl.lower()} {lst(S, allp)}."]
    return finish_std(ctx, rec, offs, pick(rng, T, rng.randint(1, 2)))


# ---- withdrawals and their targets ---------------------------------------------------------
def c_withdrawal_target(ctx):
    rng = ctx.rng
    rec, offs = new_record(ctx, [ctx.person()])
    return finish_std(ctx, rec, offs, [])


WITHDRAW_REASONS = [
    lambda c, v, w: f"Withdrawn at the request of {c.m(v)}'s solicitor",
    lambda c, v, w: f"Appeal by PC {c.m(v)} allowed; outcome quashed",
    lambda c, v, w: f"Complainant {c.m(w)} withdrew consent to publication",
    lambda c, v, w: f"Duplicate of the {c.m(v, v.surname)} hearing",
    lambda c, v, w: f"Published in error: concerns {c.m(v, v.given)}'s brother, not the officer",
    lambda c, v, w: f"Court order: the name {c.m(w, w.surname.upper())} must not be reported",
    lambda c, v, w: f"Takedown request from {c.ident(w.given.lower() + '.' + w.surname.lower() + '@example.com')}",
    lambda c, v, w: f"Reporting restriction protecting {c.m(w, w.given)} (aged 15)",
    lambda c, v, w: f"{c.m(v, v.surname)} died; family asked for removal",
    lambda c, v, w: f"Wrong officer: record was about Sgt {c.m(v, v.surname)}, not PC {c.m(w, w.surname)}",
    lambda c, v, w: f"Withdrawn – {c.m(w, w.given + ' ' + w.surname[0])} recognisable from details",
    lambda c, v, w: f"IOPC asked us to remove it pending {c.m(v, initials_of(v, 'JS'))}'s criminal trial",
]


def c_withdrawal(ctx, target_url, k):
    v, w = ctx.person(), ctx.person()
    reason = WITHDRAW_REASONS[k % len(WITHDRAW_REASONS)](ctx, v, w)
    return {'withdrawn': True, 'source': {'url': target_url}, 'reason': reason}


# ---- size / time-limit stress ---------------------------------------------------------------
def prose_sentence(rng):
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    n = rng.randint(2, 90)
    return rng.choice([
        f"At {h:02d}:{mi:02d} the officer logged on to the system and viewed {n} records.",
        f"The panel was taken through entry {n} of the chronology.",
        f"Counsel for the force referred to paragraph {n} of the investigation report.",
        f"The body-worn video clip lasted {n} seconds and showed the corridor outside cell {n % 12 + 1}.",
        f"In cross-examination the officer accepted that the entry at {h:02d}:{mi:02d} was inaccurate.",
        f"The duty rota for that week showed {n % 9 + 2} officers on the late shift.",
        f"A further {n} messages were recovered from the device.",
        "The chair reminded the panel that the burden of proof lay with the appropriate authority.",
        "The officer's representative submitted that the conduct was a momentary lapse.",
        "Written submissions were received after the hearing closed.",
        f"The radio transmission at {h:02d}:{mi:02d} was played twice.",
        "The panel considered the Outcomes Guidance issued by the College of Policing.",
    ])


def c_size_stress(ctx, k):
    rng = ctx.rng
    v = ctx.person(origin='british')
    u = ctx.person(origin=rng.choice(['african', 'east_european', 'irish', 'south_asian']))
    rec, offs = new_record(ctx, [v])
    o, p = offs[0]
    gl = re.sub(r'[^a-z]', '', fold(u.given))
    sl = re.sub(r'[^a-z]', '', fold(u.surname))
    kind = k % 10
    if kind in (0, 1, 2):                                 # long prose, names buried deep
        target = rng.choice([22_000, 60_000, 110_000, 148_000])
        parts, size = [], 0
        while size < target:
            s = prose_sentence(rng)
            parts.append(s)
            size += len(s) + 1
        i1, i2 = int(len(parts) * 0.5), int(len(parts) * 0.93)
        parts.insert(i2, f"{ctx.m(u, u.given)} told the panel that the officer had followed her home.")
        parts.insert(i1, f"{ctx.m(p, p.surname)} then left the room.")
        parts.append(f"The last witness was {ctx.m(u)}; {ctx.k('the final entry was made at 23:59')}.")
        rec['summary'] = ' '.join(parts)
        rec['title'] = std_title(ctx, rec, offs)
        return rec
    if kind in (3, 4):                                    # pathological repetition, then a name
        n = rng.randint(15_000, 30_000)
        fill = rng.choice(['PC ', 'Aa ', "O'", 'A. ', '&#', '(', 'Mr ', 'de la ', 'J.S. ', '-\n'])
        tail = ')' * n if fill == '(' else ''
        rec['summary'] = join(opener(ctx, rec, o, p), fill * n + ctx.m(u) + tail + '.',
                              f"{ctx.k('The hearing lasted four days.')}")
        rec['title'] = std_title(ctx, rec, offs)
        return rec
    if kind in (5, 6, 7, 8):                              # one unbroken token of 50-190 KB
        n = rng.randint(50_000, 185_000)
        style = k % 5
        if style == 0:
            tok = 'x' * n + '/' + ctx.m(u, gl + '-' + sl, also=[gl, sl])
        elif style == 1:
            alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
            tok = ''.join(rng.choice(alphabet) for _ in range(n)) + '==;' + ctx.ident(gl + '.' + sl + '@example.com',
                                                                                      also=[gl, sl])
        elif style == 2:
            tok = 'https://attack.example/' + 'a/' * (n // 2) + ctx.m(u, gl + '.' + sl, also=[gl, sl])
        elif style == 3:
            tok = 'a' * n + '@' + '.' + ctx.m(u, gl, also=[gl])
        else:
            tok = 'a.' * (n // 2) + 'com'
        rec['summary'] = join(opener(ctx, rec, o, p), f"The device contained the string {tok} in a deleted file.",
                              f"{ctx.m(u)} said {ctx.k(u.sub + ' had never seen it before')}.")
        rec['title'] = std_title(ctx, rec, offs)
        return rec
    # combining-mark storm: canonical reordering is quadratic in naive implementations
    n = rng.choice([20_000, 45_000])
    storm = 'H' + '\u0301\u0316' * n + 'art'
    rec['summary'] = join(opener(ctx, rec, o, p), f"The message consisted of {storm} repeated.",
                          f"{ctx.m(u, u.given)} received it.", ctx.k('The sender was never traced.'))
    rec['title'] = std_title(ctx, rec, offs)
    return rec


# ======================================================================================
# Basic validity checks (independent of jsonschema)
# ======================================================================================
def _date_ok(s):
    try:
        if re.fullmatch(r'\d{4}', s):
            return True
        if re.fullmatch(r'\d{4}-\d{2}', s):
            dt.date(int(s[:4]), int(s[5:7]), 1)
            return True
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def _key(s):
    return s + '-01' * (2 - s.count('-'))


def check_valid(rec):
    if rec.get('withdrawn'):
        assert rec['source']['url'].startswith('https://')
        return
    assert rec['force'] in FORCE_NAME and rec['hearingType'] in HTS
    for k in ('title', 'conduct', 'summary'):
        assert isinstance(rec[k], str) and rec[k], k
    assert rec['officerCount'] == len(rec['officers']) >= 1
    for k in ('conductDate', 'investigationStarted', 'noticesServed', 'restrictedDutiesFrom', 'hearingEnded'):
        if k in rec:
            assert _date_ok(rec[k]), k
    assert not ('conductDate' in rec and 'conductPeriod' in rec)
    if 'conductPeriod' in rec:
        cp = rec['conductPeriod']
        assert _date_ok(cp['from']) and _date_ok(cp['to']) and _key(cp['from']) <= _key(cp['to'])
    if 'investigationStarted' in rec and 'noticesServed' in rec:
        assert _key(rec['investigationStarted']) <= _key(rec['noticesServed'])
    if 'restrictedDutiesFrom' in rec:
        assert rec.get('restrictedDuties') is True
    assert not ('hearingDates' in rec and 'hearingEnded' in rec)
    if 'hearingDays' in rec:
        assert 'hearingEnded' in rec
    for d in rec.get('hearingDates', []):
        assert _date_ok(d) and len(d) == 10
    assert rec['hearingDates'] == sorted(rec['hearingDates']) if 'hearingDates' in rec else True
    labels = []
    formers = 0
    for o in rec['officers']:
        assert o['outcome'] in OUTCOMES
        assert o['barredList'] == (o['outcome'] in ('DISMISSED_WITHOUT_NOTICE', 'DISMISSED_WITH_NOTICE',
                                                    'WOULD_HAVE_BEEN_DISMISSED'))
        if o['outcome'] == 'WOULD_HAVE_BEEN_DISMISSED':
            assert o.get('status') == 'FORMER'
        if 'warningMonths' in o:
            assert o['outcome'] in ('WRITTEN_WARNING', 'FINAL_WRITTEN_WARNING', 'EXTENSION_OF_FINAL_WRITTEN_WARNING')
            assert 1 <= o['warningMonths'] <= 60
        if 'reducedTo' in o:
            assert o['outcome'] == 'REDUCTION_IN_RANK'
            assert LADDER.index(o['reducedTo']) < LADDER.index(o['rank'])
        if o.get('rank'):
            assert o['rank'] in RANKS
        formers += o.get('status') == 'FORMER'
        assert o.get('name') or o.get('label')
        if 'label' in o:
            labels.append(o['label'])
        assert o['allegations']
        for a in o['allegations']:
            assert a['standards'] and a['finding']
    assert len(labels) == len(set(labels))
    if 'departures' in rec:
        assert sum(rec['departures'].values()) <= formers
    assert re.fullmatch(r'https?://\S+', rec['source']['url'])
    assert isinstance(rec['source']['publisher'], str)


# ======================================================================================
# Driver
# ======================================================================================
CASE_BASES.extend([c_unlisted_given, c_unlisted_fullname, c_surname_alone, c_word_surname_positions,
                   c_fact_lowercase, c_role_title_unlisted, c_word_given, c_quoted_speech, c_fact_capitalised,
                   c_surname_nickname, c_given_nickname, c_short_names])

CLASSES = [
    ('unlisted_given', c_unlisted_given, 40),
    ('unlisted_fullname', c_unlisted_fullname, 34),
    ('role_title_unlisted', c_role_title_unlisted, 40),
    ('surname_alone', c_surname_alone, 36),
    ('sentence_initial', c_sentence_initial, 32),
    ('word_surname_positions', c_word_surname_positions, 44),
    ('quoted_speech', c_quoted_speech, 32),
    ('rank_word_surname', c_rank_word_surname, 40),
    ('word_given_name', c_word_given, 36),
    ('month_given_name', c_month_given, 32),
    ('short_names', c_short_names, 34),
    ('initials', c_initials, 32),
    ('surname_nickname', c_surname_nickname, 32),
    ('given_nickname', c_given_nickname, 34),
    ('family_plural', c_family_plural, 32),
    ('spelling_variant', c_spelling_variant, 32),
    ('allcaps', c_allcaps, 34),
    ('lowercase', c_lowercase, 34),
    ('other_script', c_other_script, 40),
    ('welsh_gaelic_irish', c_welsh_gaelic, 36),
    ('html_markdown', c_html_markdown, 34),
    ('unicode_invisible', c_unicode_invisible, 34),
    ('unicode_lookalike', c_unicode_lookalike, 36),
    ('leetspeak_handles', c_leetspeak_handles, 32),
    ('warrant_numbers', c_warrant_numbers, 36),
    ('contact_identifiers', c_contact_identifiers, 34),
    ('personal_identifiers', c_personal_identifiers, 36),
    ('fact_lowercase', c_fact_lowercase, 44),
    ('fact_capitalised', c_fact_capitalised, 44),
    ('title_case', c_title_case, 32),
    ('field_injection', c_field_injection, 40),
    ('notnames_abuse', c_notnames_abuse, 32),
    ('reversed_formal', c_reversed_formal, 30),
    ('middle_maiden', c_middle_maiden, 30),
    ('transliteration_order', c_transliteration_order, 32),
    ('compound_inflection', c_compound_inflection, 32),
    ('spaced_split', c_spaced_split, 30),
    ('typo', c_typo, 30),
    ('plural_lists', c_plural_lists, 30),
    ('withdrawal_target', c_withdrawal_target, 12),
]
N_STRESS = 30


def build_one(cls, fn, n, extra=None):
    last = None
    for attempt in range(60):
        rng = random.Random('%d/%s/%d/%d' % (SEED, cls, n, attempt))
        ctx = Ctx(rng, n)
        try:
            rec = fn(ctx) if extra is None else fn(ctx, *extra)
            truth = finalise(ctx, rec, cls)
            check_valid(rec)
            return rec, truth
        except Unfair as e:
            last = e
    raise RuntimeError('could not build %s #%d: %s' % (cls, n, last))


def order_keys(rec):
    order = ['withdrawn', 'force', 'hearingType', 'hearingDates', 'hearingEnded', 'hearingDays', 'title', 'conduct',
             'conductCategories', 'summary', 'conductDate', 'conductPeriod', 'investigationStarted', 'noticesServed',
             'restrictedDuties', 'restrictedDutiesFrom', 'evidence', 'officerCount', 'departures', 'officers',
             'otherPeople', 'notNames', 'correction', 'source', 'reason']
    out = {k: rec[k] for k in order if k in rec}
    for k in rec:
        if k not in out:
            out[k] = rec[k]
    for i, o in enumerate(out.get('officers', [])):
        oo = ['name', 'label', 'warrantNumber', 'rank', 'status', 'unitType', 'allegations', 'outcome', 'barredList',
              'warningMonths', 'reducedTo']
        out['officers'][i] = {k: o[k] for k in oo if k in o}
    return out


def main():
    master = random.Random(SEED)
    items = []
    n = 0
    for cls, fn, count in CLASSES:
        for _ in range(count):
            n += 1
            items.append(build_one(cls, fn, n))
    master.shuffle(items)
    targets = [(r, t) for r, t in items if t['class'] == 'withdrawal_target']
    stress = []
    for k in range(N_STRESS):
        n += 1
        stress.append(build_one('size_stress', c_size_stress, n, (k,)))
    withdrawals = []
    for k, (r, _) in enumerate(targets):
        n += 1
        withdrawals.append(build_one('withdrawal', c_withdrawal, n, (r['source']['url'], k)))

    batches = [items[i:i + BATCH] for i in range(0, len(items), BATCH)]
    batches += [stress[i:i + 15] for i in range(0, len(stress), 15)]
    batches.append(withdrawals)

    os.makedirs(CORPUS_DIR, exist_ok=True)
    for f in os.listdir(CORPUS_DIR):
        if re.fullmatch(r'batch-\d{3}\.json', f):
            os.remove(os.path.join(CORPUS_DIR, f))
    urls = set()
    counts = {}
    with open(TRUTH_PATH, 'w', encoding='utf-8') as tf:
        for b, batch in enumerate(batches):
            fname = 'batch-%03d.json' % b
            recs = [order_keys(r) for r, _ in batch]
            for r in recs:
                if not r.get('withdrawn'):
                    assert r['source']['url'] not in urls
                    urls.add(r['source']['url'])
            with open(os.path.join(CORPUS_DIR, fname), 'w', encoding='utf-8') as f:
                json.dump(recs, f, ensure_ascii=False, indent=1)
                f.write('\n')
            for i, (_, t) in enumerate(batch, 1):
                line = {'file': fname, 'index': i, 'class': t['class'], 'names': t['names'], 'keep': t['keep']}
                tf.write(json.dumps(line, ensure_ascii=False) + '\n')
                counts[t['class']] = counts.get(t['class'], 0) + 1
    total = sum(counts.values())
    for c in sorted(counts):
        print('%-24s %4d' % (c, counts[c]))
    print('%-24s %4d  in %d files' % ('TOTAL', total, len(batches)))


if __name__ == '__main__':
    main()
