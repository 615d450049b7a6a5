// Organizations of the field: canonical name | category | country | other names.
// Categories: agency, hacking group, media, government, party, company, international, legislature, military,
// mixer, exchange, bank, institute. An organization named after a country adjective ("US Treasury",
// "Japanese Foreign Ministry") is recognized by joining the adjective to the name, so prefixed forms are not listed.

const ORGANIZATIONS = `
US Department of the Treasury|government|United States|Treasury Department;Department of the Treasury;Treasury;Treasury Dept.
Office of Foreign Assets Control|agency|United States|OFAC
Financial Crimes Enforcement Network|agency|United States|FinCEN
US Department of State|government|United States|State Department;Department of State;State Dept.;State Dept
Bureau of Intelligence and Research|agency|United States|
Rewards for Justice|agency|United States|
US Department of Justice|government|United States|Justice Department;Department of Justice;DOJ;DoJ
Federal Bureau of Investigation|agency|United States|FBI
Cybersecurity and Infrastructure Security Agency|agency|United States|CISA
National Security Agency|agency|United States|NSA
Central Intelligence Agency|agency|United States|CIA
Office of the Director of National Intelligence|agency|United States|ODNI
US Department of Defense|government|United States|Department of Defense;Defense Department;Pentagon;DoD;Department of War;War Department
US Department of Homeland Security|government|United States|Department of Homeland Security;Homeland Security;DHS
Homeland Security Investigations|agency|United States|HSI
US Secret Service|agency|United States|Secret Service
US Department of Commerce|government|United States|Commerce Department;Department of Commerce
Bureau of Industry and Security|agency|United States|
Internal Revenue Service|agency|United States|IRS;IRS Criminal Investigation;IRS-CI
Securities and Exchange Commission|agency|United States|SEC
Federal Reserve|bank|United States|Fed;Federal Reserve Bank of New York;New York Fed
White House|government|United States|
US National Security Council|government|United States|
US Congress|legislature|United States|Congress
US Senate|legislature|United States|Senate
US House of Representatives|legislature|United States|House of Representatives
Senate Foreign Relations Committee|legislature|United States|
House Foreign Affairs Committee|legislature|United States|
United States Forces Korea|military|United States|US Forces Korea;USFK
US Indo-Pacific Command|military|United States|Indo-Pacific Command;INDOPACOM
US Army|military|United States|
US Navy|military|United States|
US Air Force|military|United States|
US Space Force|military|United States|
US Cyber Command|military|United States|Cyber Command
Republican Party|party|United States|GOP;Republicans
US Democratic Party|party|United States|Democrats
United Nations|international||UN;U.N.
UN Security Council|international||Security Council;UNSC;United Nations Security Council
UN Security Council 1718 Committee|international||1718 Committee;1718 Sanctions Committee;Security Council 1718 Committee
UN Panel of Experts|international||Panel of Experts;UN panel;UN Panel
Multilateral Sanctions Monitoring Team|international||MSMT
UN General Assembly|international||General Assembly;UNGA;United Nations General Assembly
UN Human Rights Council|international||Human Rights Council;UNHRC
Office of the UN High Commissioner for Human Rights|international||OHCHR
UN Command|military||United Nations Command;UNC
International Atomic Energy Agency|international||IAEA
World Food Programme|international||WFP;World Food Program
UNICEF|international||
World Health Organization|international||WHO
UN Office on Drugs and Crime|international||UNODC
Financial Action Task Force|international||FATF
Interpol|international||INTERPOL
International Monetary Fund|international||IMF
World Bank|international||
European Union|international||EU;E.U.
European Commission|international||
European Parliament|legislature||
Council of the European Union|international||
Association of Southeast Asian Nations|international||ASEAN
ASEAN Regional Forum|international||ARF
Asia-Pacific Economic Cooperation|international||APEC
Group of Seven|international||G7;G-7
Group of 20|international||G20;G-20
North Atlantic Treaty Organization|international||NATO
BRICS|international||
Shanghai Cooperation Organisation|international||Shanghai Cooperation Organization;SCO
Quad|international||Quadrilateral Security Dialogue
African Union|international||
Organization for Security and Co-operation in Europe|international||OSCE
Workers' Party of Korea|party|North Korea|WPK;Korean Workers' Party;KWP;Workers Party of Korea
Central Committee of the Workers' Party of Korea|party|North Korea|WPK Central Committee;Party Central Committee;Central Committee of the WPK;Central Committee of the Party
Politburo of the Workers' Party of Korea|party|North Korea|Political Bureau of the Central Committee;Politburo
Central Military Commission of the Workers' Party of Korea|military|North Korea|Central Military Commission
State Affairs Commission|government|North Korea|
Supreme People's Assembly|legislature|North Korea|SPA
Korean People's Army|military|North Korea|KPA;North Korean army
General Staff of the Korean People's Army|military|North Korea|KPA General Staff
Strategic Force of the Korean People's Army|military|North Korea|Strategic Force;KPA Strategic Force
Reconnaissance General Bureau|agency|North Korea|RGB
Ministry of State Security|agency|North Korea|
Munitions Industry Department|government|North Korea|
Missile Administration|government|North Korea|
National Aerospace Technology Administration|government|North Korea|NATA
National Aerospace Development Administration|government|North Korea|NADA
Academy of Defence Science|government|North Korea|Academy of Defense Science
United Front Department|government|North Korea|
Committee for the Peaceful Reunification of the Country|government|North Korea|CPRC
Korea Asia-Pacific Peace Committee|government|North Korea|
Office 39|government|North Korea|Room 39;Bureau 39;Office No. 39
Korea Mining Development Trading Corporation|company|North Korea|KOMID
Korea Ryonbong General Corporation|company|North Korea|
Foreign Trade Bank|bank|North Korea|
Korea Kwangson Banking Corporation|bank|North Korea|Korea Kwangson Banking Corp
Korean Central News Agency|media|North Korea|KCNA;Korean Central News Agency of DPRK
Rodong Sinmun|media|North Korea|Nodong Sinmun
Korean Central Television|media|North Korea|KCTV;Chosun Central TV;Chosun Central Television;Korean Central TV
Uriminzokkiri|media|North Korea|Uriminjokkiri
Meari|media|North Korea|Maeri;Arirang Meari
DPRK Today|media|North Korea|
Voice of Korea|media|North Korea|
Minju Joson|media|North Korea|
Tongil Sinbo|media|North Korea|
Naenara|media|North Korea|
Choson Sinbo|media|Japan|Chosun Sinbo
Air Koryo|company|North Korea|
Kim Il Sung University|institute|North Korea|
Kim Chaek University of Technology|institute|North Korea|
Korea Computer Center|institute|North Korea|
Lazarus Group|hacking group|North Korea|Lazarus;Hidden Cobra;HIDDEN COBRA;APT38;Diamond Sleet;Labyrinth Chollima;Guardians of Peace
Bluenoroff|hacking group|North Korea|BlueNoroff;Stardust Chollima;Sapphire Sleet;Bureau 121
Andariel|hacking group|North Korea|Silent Chollima;Onyx Sleet;Stonefly;APT45
Kimsuky|hacking group|North Korea|Velvet Chollima;Emerald Sleet;APT43;Black Banshee
APT37|hacking group|North Korea|ScarCruft;Ricochet Chollima;Group123;InkySquid;RedEyes
TraderTraitor|hacking group|North Korea|Jade Sleet;UNC4899;Slow Pisces
AppleJeus|hacking group|North Korea|Citrine Sleet;UNC4736;Labyrinth Chollima AppleJeus
Konni|hacking group|North Korea|Opal Sleet
Moonstone Sleet|hacking group|North Korea|Storm-1789
Famous Chollima|hacking group|North Korea|Jumpy Pisces
Office of the President of South Korea|government|South Korea|Yongsan presidential office;Yongsan
Blue House|government|South Korea|Cheong Wa Dae;Cheongwadae
National Intelligence Service|agency|South Korea|NIS
Ministry of Unification|government|South Korea|Unification Ministry
Republic of Korea Army|military|South Korea|ROK Army
Republic of Korea Navy|military|South Korea|ROK Navy
National Assembly of South Korea|legislature|South Korea|
Democratic Party of Korea|party|South Korea|DPK
People Power Party|party|South Korea|
Korean National Police Agency|agency|South Korea|KNPA
Financial Services Commission|government|South Korea|
Ministry of Economy and Finance|government|South Korea|Finance Ministry of South Korea
Bank of Korea|bank|South Korea|BOK
Korea Customs Service|agency|South Korea|
Korea Internet & Security Agency|agency|South Korea|KISA;Korea Internet and Security Agency
Korea Institute for National Unification|institute|South Korea|KINU
Sejong Institute|institute|South Korea|
Asan Institute for Policy Studies|institute|South Korea|Asan Institute
University of North Korean Studies|institute|South Korea|
Korea Institute for Defense Analyses|institute|South Korea|KIDA
Yonhap News Agency|media|South Korea|Yonhap
Korea Herald|media|South Korea|The Korea Herald
Korea Times|media|South Korea|The Korea Times
Korea JoongAng Daily|media|South Korea|JoongAng Daily;JoongAng Ilbo;Joongang Ilbo
Chosun Ilbo|media|South Korea|The Chosun Ilbo
Dong-A Ilbo|media|South Korea|Donga Ilbo
Hankyoreh|media|South Korea|The Hankyoreh
Hankook Ilbo|media|South Korea|
Kyunghyang Shinmun|media|South Korea|
Seoul Shinmun|media|South Korea|
Munhwa Ilbo|media|South Korea|
Kookmin Ilbo|media|South Korea|
Segye Ilbo|media|South Korea|
Maeil Business Newspaper|media|South Korea|Maeil Business;Maeil Kyungje
Korea Economic Daily|media|South Korea|
KBS|media|South Korea|Korean Broadcasting System
MBC|media|South Korea|Munhwa Broadcasting Corporation
SBS|media|South Korea|Seoul Broadcasting System
YTN|media|South Korea|
JTBC|media|South Korea|
Arirang TV|media|South Korea|Arirang
News1|media|South Korea|News 1
Newsis|media|South Korea|
Daily NK|media|South Korea|
Upbit|exchange|South Korea|
Bithumb|exchange|South Korea|
Korbit|exchange|South Korea|
Youbit|exchange|South Korea|
GOPAX|exchange|South Korea|
AhnLab|company|South Korea|
Genians|company|South Korea|
Samsung|company|South Korea|Samsung Electronics
Korean Air|company|South Korea|
Prime Minister's Office of Japan|government|Japan|Kantei
Japan Self-Defense Forces|military|Japan|Self-Defense Forces;JSDF;SDF;Japan Ground Self-Defense Force;Japan Maritime Self-Defense Force;Japan Air Self-Defense Force
Japan Coast Guard|agency|Japan|
Financial Services Agency|agency|Japan|
Public Security Intelligence Agency|agency|Japan|
Liberal Democratic Party|party|Japan|LDP
National Diet|legislature|Japan|
Kyodo News|media|Japan|Kyodo
NHK|media|Japan|Japan Broadcasting Corporation
Asahi Shimbun|media|Japan|The Asahi Shimbun;Asahi
Yomiuri Shimbun|media|Japan|The Yomiuri Shimbun;Yomiuri
Mainichi Shimbun|media|Japan|Mainichi
Nikkei|media|Japan|Nikkei Asia;Nikkei Asian Review
Japan Times|media|Japan|The Japan Times
Coincheck|exchange|Japan|
DMM Bitcoin|exchange|Japan|
Zaif|exchange|Japan|
Liquid Global|exchange|Japan|
Chinese Communist Party|party|China|Communist Party of China;CCP;CPC
People's Liberation Army|military|China|PLA
National People's Congress|legislature|China|NPC
Xinhua|media|China|Xinhua News Agency
Global Times|media|China|
People's Daily|media|China|
China Central Television|media|China|CCTV
CGTN|media|China|China Global Television Network
South China Morning Post|media|China|SCMP
Kremlin Security Council|government|Russia|Security Council of Russia
State Duma|legislature|Russia|Duma
Federation Council|legislature|Russia|
Foreign Intelligence Service of Russia|agency|Russia|SVR
Federal Security Service|agency|Russia|FSB
TASS|media|Russia|
RIA Novosti|media|Russia|RIA
Sputnik|media|Russia|
RT|media|Russia|Russia Today
Interfax|media|Russia|
Garantex|exchange|Russia|
Reuters|media|United Kingdom|Thomson Reuters
Associated Press|media|United States|AP
Agence France-Presse|media|France|AFP
Bloomberg|media|United States|Bloomberg News
NK News|media|United States|NKNews
38 North|media|United States|
Radio Free Asia|media|United States|RFA
Voice of America|media|United States|VOA
New York Times|media|United States|The New York Times;NYT
Washington Post|media|United States|The Washington Post
Wall Street Journal|media|United States|The Wall Street Journal;WSJ
Financial Times|media|United Kingdom|The Financial Times;FT
The Guardian|media|United Kingdom|
The Economist|media|United Kingdom|
BBC|media|United Kingdom|British Broadcasting Corporation;BBC News
CNN|media|United States|
CNBC|media|United States|
Fox News|media|United States|
NBC News|media|United States|NBC
CBS News|media|United States|CBS
ABC News|media|United States|
NPR|media|United States|National Public Radio
Politico|media|United States|
Axios|media|United States|
Business Insider|media|United States|
The Diplomat|media|United States|
Al Jazeera|media|Qatar|
Deutsche Welle|media|Germany|DW
France 24|media|France|
Straits Times|media|Singapore|The Straits Times
Indo-Asian News Service|media|India|IANS
NationPress|media|India|Nation Press
Press Trust of India|media|India|PTI
IRNA|media|Iran|Islamic Republic News Agency
Tasnim News Agency|media|Iran|Tasnim
Fars News Agency|media|Iran|Fars
Press TV|media|Iran|PressTV
Defa Press|media|Iran|
CoinDesk|media|United States|
Cointelegraph|media|United States|
The Record|media|United States|
BleepingComputer|media|United States|
TechCrunch|media|United States|
Chainalysis|company|United States|
Elliptic|company|United Kingdom|
TRM Labs|company|United States|TRM
Mandiant|company|United States|FireEye
CrowdStrike|company|United States|
Microsoft|company|United States|Microsoft Threat Intelligence
Google|company|United States|Google Threat Intelligence Group;Google TAG;Threat Analysis Group
Kaspersky|company|Russia|Kaspersky Lab
Recorded Future|company|United States|
SentinelOne|company|United States|SentinelLabs
Palo Alto Networks|company|United States|Unit 42
Symantec|company|United States|
ESET|company|Slovakia|
Group-IB|company|Singapore|
Cisco Talos|company|United States|
Proofpoint|company|United States|
Secureworks|company|United States|
Trend Micro|company|Japan|
Check Point|company|Israel|Check Point Research
Sophos|company|United Kingdom|
Jamf|company|United States|
SlowMist|company|China|
PeckShield|company|United States|
CertiK|company|United States|
Arkham Intelligence|company|United States|Arkham
Nansen|company|Singapore|
Merkle Science|company|Singapore|
Crystal Blockchain|company|Netherlands|Crystal Intelligence
BlockSec|company|United States|
Lookonchain|company||
Huntress|company|United States|
Wiz|company|United States|
Tether|company||
Sony Pictures|company|United States|Sony Pictures Entertainment;Sony
Bangladesh Bank|bank|Bangladesh|
SWIFT|company|Belgium|
Axie Infinity|company|Vietnam|Axie
Sky Mavis|company|Vietnam|
Ronin Network|company|Vietnam|Ronin;Ronin Bridge
Harmony|company|United States|Harmony Horizon Bridge;Horizon Bridge;Harmony One
Atomic Wallet|company|Estonia|
Nomad Bridge|company|United States|
Orbit Chain|company|South Korea|Orbit Bridge
Mixin Network|company|China|Mixin
Stake.com|exchange|Australia|
CoinEx|exchange|Hong Kong|
Alphapo|company|Estonia|
CoinsPaid|company|Estonia|
Poloniex|exchange|United States|
Heco Bridge|company|China|
Radiant Capital|company|United States|
WazirX|exchange|India|
Bybit|exchange|United Arab Emirates|
Binance|exchange||
Coinbase|exchange|United States|
Kraken|exchange|United States|
OKX|exchange|Seychelles|OKEx
Huobi|exchange|Seychelles|HTX
KuCoin|exchange|Seychelles|
Bitfinex|exchange|British Virgin Islands|
Indodax|exchange|Indonesia|
BingX|exchange|Singapore|
Phemex|exchange|Singapore|
Lykke|exchange|Switzerland|
Deribit|exchange|Panama|
Huione Group|company|Cambodia|Huione;Huione Pay;Huione Guarantee;Haowang Guarantee
Tornado Cash|mixer||TornadoCash;Tornado.Cash
Blender.io|mixer||
Sinbad|mixer||Sinbad.io
ChipMixer|mixer||
Wasabi Wallet|mixer||
Samourai Wallet|mixer||
THORChain|exchange||
eXch|exchange||
FixedFloat|exchange||
`;

export interface OrganizationEntry {
  name: string;
  category: string;
  country: string | null;
  aliases: string[];
}

export const organizations: OrganizationEntry[] = ORGANIZATIONS.trim()
  .split("\n")
  .map((line) => {
    const [name, category, country, aliases] = line.split("|");
    return {
      name,
      category,
      country: country || null,
      aliases: (aliases ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });

/**
 * Offices every government has ("Foreign Ministry"): the country comes from the words before them ("Japanese",
 * "Seoul's"), and some countries name theirs differently (the US foreign ministry is the State Department).
 */
export interface GenericOrganization {
  name: string;
  category: string;
  aliases: string[];
  /** Country → canonical name of that country's own office, when it has a known name. */
  named: Record<string, string>;
  /** Country meant when the text names none ("JCS" in Korean news is Seoul's). */
  fallback?: string;
}

export const genericOrganizations: GenericOrganization[] = [
  {
    name: "Ministry of Foreign Affairs",
    category: "government",
    aliases: ["Foreign Ministry", "Ministry of Foreign Affairs", "MOFA", "foreign ministry", "Foreign Office"],
    named: { "United States": "US Department of State" },
  },
  {
    name: "Ministry of Defense",
    category: "government",
    aliases: [
      "Defense Ministry",
      "Defence Ministry",
      "Ministry of Defense",
      "Ministry of Defence",
      "Ministry of National Defense",
      "Ministry of National Defence",
      "defense ministry",
      "defence ministry",
      "MND",
    ],
    named: { "United States": "US Department of Defense" },
  },
  {
    name: "Ministry of Finance",
    category: "government",
    aliases: ["Finance Ministry", "Ministry of Finance", "finance ministry"],
    named: { "United States": "US Department of the Treasury", "South Korea": "Ministry of Economy and Finance" },
  },
  {
    name: "Ministry of Justice",
    category: "government",
    aliases: ["Justice Ministry", "Ministry of Justice", "justice ministry"],
    named: { "United States": "US Department of Justice" },
  },
  {
    name: "Ministry of the Interior",
    category: "government",
    aliases: ["Interior Ministry", "Ministry of the Interior", "Ministry of Interior", "interior ministry"],
    named: {},
  },
  {
    name: "Ministry of Trade",
    category: "government",
    aliases: ["Trade Ministry", "Commerce Ministry", "Ministry of Commerce", "trade ministry"],
    named: { "United States": "US Department of Commerce" },
  },
  {
    name: "Presidential Office",
    category: "government",
    aliases: ["presidential office", "Presidential Office", "Office of the President", "presidential palace"],
    named: { "South Korea": "Office of the President of South Korea", "United States": "White House" },
  },
  {
    name: "Intelligence Agency",
    category: "agency",
    aliases: ["intelligence agency", "spy agency", "intelligence service", "Intelligence Agency"],
    named: {
      "South Korea": "National Intelligence Service",
      "United States": "Central Intelligence Agency",
      "North Korea": "Reconnaissance General Bureau",
    },
  },
  {
    name: "Armed Forces",
    category: "military",
    aliases: ["armed forces", "Armed Forces"],
    named: { "North Korea": "Korean People's Army", Japan: "Japan Self-Defense Forces" },
  },
  {
    name: "Joint Chiefs of Staff",
    category: "military",
    aliases: ["Joint Chiefs of Staff", "JCS"],
    named: { "United States": "US Joint Chiefs of Staff" },
    fallback: "South Korea",
  },
  {
    name: "National Assembly",
    category: "legislature",
    aliases: ["National Assembly"],
    named: { "South Korea": "National Assembly of South Korea" },
    fallback: "South Korea",
  },
  {
    name: "National Police Agency",
    category: "agency",
    aliases: ["National Police Agency", "police agency"],
    named: { "South Korea": "Korean National Police Agency" },
  },
  {
    name: "Democratic Party",
    category: "party",
    aliases: ["Democratic Party"],
    named: { "South Korea": "Democratic Party of Korea", "United States": "US Democratic Party" },
  },
  {
    name: "National Security Council",
    category: "government",
    aliases: ["National Security Council", "NSC"],
    named: { "United States": "US National Security Council" },
  },
  {
    name: "Embassy",
    category: "government",
    aliases: ["Embassy", "embassy"],
    named: {},
  },
  {
    name: "Parliament",
    category: "legislature",
    aliases: ["Parliament", "parliament"],
    named: { "South Korea": "National Assembly", Japan: "National Diet", Russia: "State Duma" },
  },
  {
    name: "Coast Guard",
    category: "agency",
    aliases: ["Coast Guard", "coast guard"],
    named: { Japan: "Japan Coast Guard" },
  },
  {
    name: "Central Bank",
    category: "bank",
    aliases: ["central bank", "Central Bank"],
    named: { "South Korea": "Bank of Korea", "United States": "Federal Reserve" },
  },
];
