// Names that start like an actor but are places, events, treaties or currencies: recognizing them whole keeps
// "Korean War" from being read as Korea and "South China Sea" from being read as South Korea and China.
// Matched with the first letter capitalized and the rest in any case ("Korean peninsula").

export const nonActors: string[] = `
Korean Peninsula
Korean War
Korean Demilitarized Zone
Korean Armistice Agreement
Korean language
Korean Wave
Korean won
North Korean won
South Korean won
Korean-American
Korean American
Korean Americans
Korean-Americans
Demilitarized Zone
Northern Limit Line
Panmunjom
Punggye-ri
Yongbyon
Sohae
Tongchang-ri
Kaesong Industrial Complex
Mount Kumgang
Mount Paektu
Kim Il Sung Square
Sea of Japan
East Sea
West Sea
Yellow Sea
East China Sea
South China Sea
Korea Strait
Taiwan Strait
North America
North American
North Americans
South America
South American
Latin America
Latin American
Central America
Central American
East Asia
East Asian
Southeast Asia
Southeast Asian
South Asia
South Asian
Central Asia
Central Asian
Northeast Asia
Northeast Asian
Middle East
Asia-Pacific
Indo-Pacific
North Pole
South Pole
North Sea
North Atlantic
North Pacific
South Pacific
Six-Party Talks
Nuclear Non-Proliferation Treaty
Non-Proliferation Treaty
Japanese yen
Chinese yuan
US dollar
US dollars
U.S. dollar
U.S. dollars
American dollar
Russian ruble
Russian rouble
Washington State
New Mexico
New Guinea
`
  .trim()
  .split("\n");
