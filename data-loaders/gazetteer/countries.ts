// Countries and territories: canonical name | other names | demonyms | capitals (used as metonyms: "Seoul said").
// Bare "Korea", "the North" and "the South" need context and are handled by the recognizer, not listed here.

const COUNTRIES = `
North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea;N. Korea;N.Korea;North Korea|North Korean|Pyongyang
South Korea|ROK;R.O.K.;Republic of Korea;S. Korea;S.Korea|South Korean|Seoul
United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington;Washington, D.C.;Washington DC
Japan|Nippon|Japanese|Tokyo
China|People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing;Peking
Russia|Russian Federation|Russian|Moscow;Kremlin
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London
Taiwan|Republic of China|Taiwanese|Taipei
Hong Kong||Hongkonger|
Macau|Macao|Macanese|
Mongolia||Mongolian|Ulaanbaatar;Ulan Bator
Vietnam|Viet Nam|Vietnamese|Hanoi
Laos|Lao PDR|Laotian;Lao|Vientiane
Cambodia|Kampuchea|Cambodian|Phnom Penh
Thailand|Siam|Thai|Bangkok
Myanmar|Burma|Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw;Rangoon
Malaysia||Malaysian|Kuala Lumpur
Singapore||Singaporean|
Indonesia||Indonesian|Jakarta
Philippines||Filipino;Philippine|Manila
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Timor-Leste|East Timor|Timorese|Dili
India||Indian|New Delhi
Pakistan||Pakistani|Islamabad
Bangladesh||Bangladeshi|Dhaka
Sri Lanka||Sri Lankan|Colombo
Nepal||Nepali;Nepalese|Kathmandu
Bhutan||Bhutanese|Thimphu
Maldives||Maldivian|
Afghanistan||Afghan|Kabul
Iran|Islamic Republic of Iran|Iranian|Tehran;Teheran
Iraq||Iraqi|Baghdad
Syria|Syrian Arab Republic|Syrian|Damascus
Lebanon||Lebanese|Beirut
Israel||Israeli|Tel Aviv
Palestine|Palestinian Territories|Palestinian|Ramallah
Jordan||Jordanian|Amman
Saudi Arabia|Saudi|Saudi Arabian|Riyadh
Yemen||Yemeni|Sanaa;Sana'a
Oman||Omani|Muscat
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
Qatar||Qatari|Doha
Bahrain||Bahraini|Manama
Kuwait||Kuwaiti|Kuwait City
Turkey|Türkiye;Turkiye|Turkish|Ankara
Cyprus||Cypriot|Nicosia
Georgia||Georgian|Tbilisi
Armenia||Armenian|Yerevan
Azerbaijan||Azerbaijani|Baku
Kazakhstan||Kazakh;Kazakhstani|Astana
Uzbekistan||Uzbek|Tashkent
Turkmenistan||Turkmen|Ashgabat
Kyrgyzstan||Kyrgyz|Bishkek
Tajikistan||Tajik|Dushanbe
Ukraine||Ukrainian|Kyiv;Kiev
Belarus||Belarusian|Minsk
Moldova||Moldovan|Chisinau
Poland||Polish|Warsaw
Lithuania||Lithuanian|Vilnius
Latvia||Latvian|Riga
Estonia||Estonian|Tallinn
Finland||Finnish|Helsinki
Sweden||Swedish|Stockholm
Norway||Norwegian|Oslo
Denmark||Danish|Copenhagen
Iceland||Icelandic|Reykjavik
Germany||German|Berlin
France||French|Paris;Elysee;Élysée
Netherlands|Holland|Dutch|Amsterdam;The Hague
Belgium||Belgian|Brussels
Luxembourg||Luxembourgish|
Switzerland||Swiss|Bern;Berne
Austria||Austrian|Vienna
Liechtenstein|||Vaduz
Monaco||Monegasque|
San Marino|||
Andorra||Andorran|
Italy||Italian|Rome
Vatican|Holy See;Vatican City||
Spain||Spanish|Madrid
Portugal||Portuguese|Lisbon
Ireland||Irish|Dublin
Malta||Maltese|Valletta
Greece||Greek|Athens
Albania||Albanian|Tirana
North Macedonia|Macedonia|Macedonian|Skopje
Bulgaria||Bulgarian|
Romania||Romanian|Bucharest
Serbia||Serbian|Belgrade
Montenegro||Montenegrin|Podgorica
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Croatia||Croatian|Zagreb
Slovenia||Slovenian|Ljubljana
Slovakia||Slovak|Bratislava
Czech Republic|Czechia|Czech|Prague
Hungary||Hungarian|Budapest
Kosovo||Kosovar|Pristina
Canada||Canadian|Ottawa
Mexico||Mexican|Mexico City
Guatemala||Guatemalan|Guatemala City
Belize||Belizean|Belmopan
Honduras||Honduran|Tegucigalpa
El Salvador||Salvadoran|San Salvador
Nicaragua||Nicaraguan|Managua
Costa Rica||Costa Rican|
Panama||Panamanian|
Cuba||Cuban|Havana
Jamaica||Jamaican|
Haiti||Haitian|Port-au-Prince
Dominican Republic||Dominican|Santo Domingo
Bahamas|the Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Dominica|||Roseau
Grenada||Grenadian|
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines|||Kingstown
Saint Kitts and Nevis|||Basseterre
Antigua and Barbuda|||
Colombia||Colombian|Bogota
Venezuela||Venezuelan|Caracas
Ecuador||Ecuadorian|Quito
Peru||Peruvian|Lima
Bolivia||Bolivian|La Paz;Sucre
Brazil||Brazilian|Brasilia
Paraguay||Paraguayan|Asuncion
Uruguay||Uruguayan|Montevideo
Argentina||Argentine;Argentinian|Buenos Aires
Chile||Chilean|Santiago
Guyana||Guyanese|
Suriname||Surinamese|Paramaribo
Egypt||Egyptian|Cairo
Libya||Libyan|Tripoli
Tunisia||Tunisian|Tunis
Algeria||Algerian|Algiers
Morocco||Moroccan|Rabat
Sudan||Sudanese|Khartoum
South Sudan||South Sudanese|Juba
Ethiopia||Ethiopian|Addis Ababa
Eritrea||Eritrean|Asmara
Djibouti||Djiboutian|
Somalia||Somali|Mogadishu
Kenya||Kenyan|Nairobi
Uganda||Ugandan|Kampala
Tanzania||Tanzanian|Dodoma
Rwanda||Rwandan|Kigali
Burundi||Burundian|Gitega
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville;Congo||Brazzaville
Gabon||Gabonese|Libreville
Equatorial Guinea||Equatoguinean|Malabo
Cameroon||Cameroonian|Yaounde
Central African Republic|CAR||Bangui
Chad||Chadian|N'Djamena
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
Benin||Beninese|Porto-Novo
Togo||Togolese|Lome
Ghana||Ghanaian|Accra
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro;Abidjan
Liberia||Liberian|Monrovia
Sierra Leone||Sierra Leonean|Freetown
Guinea||Guinean|Conakry
Guinea-Bissau|||Bissau
Senegal||Senegalese|Dakar
Gambia||Gambian|Banjul
Mali||Malian|Bamako
Burkina Faso||Burkinabe|Ouagadougou
Mauritania||Mauritanian|Nouakchott
Cape Verde|Cabo Verde|Cape Verdean|Praia
Angola||Angolan|Luanda
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Malawi||Malawian|Lilongwe
Mozambique||Mozambican|Maputo
Namibia||Namibian|Windhoek
Botswana||Botswanan|Gaborone
South Africa||South African|Pretoria
Lesotho|||Maseru
Eswatini|Swaziland||Mbabane
Madagascar||Malagasy|Antananarivo
Mauritius||Mauritian|Port Louis
Seychelles||Seychellois|
Comoros|||
Australia||Australian|Canberra
New Zealand||New Zealander|Wellington
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Fiji||Fijian|Suva
Solomon Islands|||Honiara
Vanuatu|||Port Vila
Samoa||Samoan|Apia
Tonga||Tongan|
Kiribati|||Tarawa
Tuvalu|||Funafuti
Nauru|||
Palau|||
Marshall Islands|||Majuro
Micronesia|||Palikir
`;

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

function list(field: string | undefined): string[] {
  return (field ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Nigerian" → "Nigerians"; "Japanese", "Swiss", "Dutch", "Polish" take no plural. */
export function demonymPlural(demonym: string): string | null {
  return /(?:ese|ss|ch|sh|ic)$/.test(demonym) || demonym === "Lao" ? null : `${demonym}s`;
}

export const countries: CountryEntry[] = COUNTRIES.trim()
  .split("\n")
  .map((line) => {
    const [name, aliases, demonyms, capitals] = line.split("|");
    return { name, aliases: list(aliases), demonyms: list(demonyms), capitals: list(capitals) };
  });
