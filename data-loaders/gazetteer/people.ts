// People of the field: canonical name | country | role (a description of offices held, no dates) | other spellings.
// A one-word alias ("Trump") is a bare surname that names the person on its own; Korean romanization variants
// (Jong/Jeong, Yo/Yeo, Ri/Lee …) are generated, so only irregular spellings are listed.

const PEOPLE = `
Kim Jong Un|North Korea|leader; General Secretary of the Workers' Party of Korea; President of the State Affairs Commission|Kim Jong-eun
Kim Il Sung|North Korea|founder of North Korea; Eternal President|
Kim Jong Il|North Korea|leader; General Secretary of the Workers' Party of Korea; Chairman of the National Defence Commission|
Kim Yo Jong|North Korea|deputy department director of the Central Committee of the Workers' Party of Korea; vice department director; sister of the leader|
Kim Ju Ae|North Korea|daughter of the leader|
Ri Sol Ju|North Korea|wife of the leader|
Kim Jong Nam|North Korea|half-brother of the leader|
Choe Son Hui|North Korea|foreign minister; first vice foreign minister; vice foreign minister|
Ri Son Gwon|North Korea|foreign minister; director of the United Front Department; chairman of the Committee for the Peaceful Reunification of the Country|
Ri Yong Ho|North Korea|foreign minister; nuclear negotiator|
Ri Su Yong|North Korea|foreign minister; vice chairman of the Central Committee of the Workers' Party of Korea|
Pak Ui Chun|North Korea|foreign minister|
Kim Yong Chol|North Korea|vice chairman of the Central Committee of the Workers' Party of Korea; director of the United Front Department; director of the Reconnaissance General Bureau|
Kim Song|North Korea|ambassador to the United Nations; permanent representative to the United Nations|
Ja Song Nam|North Korea|ambassador to the United Nations; permanent representative to the United Nations|
Kim In Ryong|North Korea|deputy ambassador to the United Nations|
Pak Jong Chon|North Korea|vice chairman of the Central Military Commission; secretary of the Central Committee; marshal|
Ri Pyong Chol|North Korea|vice chairman of the Central Military Commission; secretary of the Central Committee; marshal; missile program director|
Kim Un Chol|North Korea|vice foreign minister for US affairs|
Kim Yong Jae|North Korea|minister of external economic relations|
Choe Ryong Hae|North Korea|president of the Presidium of the Supreme People's Assembly; first vice president of the State Affairs Commission|
Kim Tok Hun|North Korea|premier; secretary of the Central Committee|
Pak Thae Song|North Korea|premier; secretary of the Central Committee|
Pak Pong Ju|North Korea|premier; vice president of the State Affairs Commission|
Kim Jae Ryong|North Korea|premier; secretary of the Central Committee|
Jo Yong Won|North Korea|secretary of the Central Committee; organizational secretary; chairman of the Standing Committee of the Supreme People's Assembly|
Kim Yong Nam|North Korea|president of the Presidium of the Supreme People's Assembly; nominal head of state|
Hyon Song Wol|North Korea|vice department director of the Central Committee; singer|
Kim Kye Gwan|North Korea|first vice foreign minister; adviser to the foreign ministry; nuclear negotiator|
Kim Hyok Chol|North Korea|special representative for US affairs; nuclear negotiator|
Choe Kang Il|North Korea|acting director-general for North American affairs; foreign ministry official|
Ri Thae Song|North Korea|vice foreign minister|
Kim Son Gyong|North Korea|vice foreign minister for international organizations|
Pak Myong Ho|North Korea|vice foreign minister|
Im Chon Il|North Korea|vice foreign minister|
Kwon Jong Gun|North Korea|director-general for US affairs; foreign ministry official|
Han Song Ryol|North Korea|vice foreign minister|
Ri Chang Ho|North Korea|director of the Reconnaissance General Bureau; army general|
Kim Yong Bok|North Korea|deputy chief of the General Staff; army general|
Pak Su Il|North Korea|chief of the General Staff; army general|
No Kwang Chol|North Korea|defence minister|
Kang Sun Nam|North Korea|defence minister|
Ri Yong Gil|North Korea|chief of the General Staff; army general|
Jang Chang Ha|North Korea|president of the Academy of Defence Science; missile official|
Jon Il Ho|North Korea|missile program official; army general|
Kim Jong Sik|North Korea|deputy department director of the Munitions Industry Department; missile program official|
Yu Jin|North Korea|director of the Munitions Industry Department|
Jang Song Thaek|North Korea|vice chairman of the National Defence Commission; uncle of the leader|
Ri Il Hwan|North Korea|secretary of the Central Committee; propaganda chief|
Jo Chun Ryong|North Korea|secretary of the Central Committee; munitions official|
Kim Jong Gak|North Korea|director of the General Political Bureau|
Kim Yo Chol|North Korea|diplomat|
Ri Yong Chol|North Korea|diplomat|
Pak Jin Hyok|North Korea|hacker of the Reconnaissance General Bureau; programmer|Park Jin Hyok
Jon Chang Hyok|North Korea|hacker of the Reconnaissance General Bureau|
Kim Il|North Korea|hacker of the Reconnaissance General Bureau|
Rim Jong Hyok|North Korea|hacker of the Reconnaissance General Bureau; Andariel operative|
Sim Hyon Sop|North Korea|banker; representative of the Korea Kwangson Banking Corporation|
Kim Su Il|North Korea|Munitions Industry Department operative|
Ri Hyon|South Korea|defector; former diplomat|
Thae Yong Ho|South Korea|lawmaker; defector; former North Korean minister at the London embassy|Thae Ku Min
Ji Seong-ho|South Korea|lawmaker; defector|
Yoon Suk Yeol|South Korea|president|Yoon Seok-yeol;Yun Suk Yeol;Yoon
Moon Jae-in|South Korea|president|
Lee Jae-myung|South Korea|president; leader of the Democratic Party; opposition leader|
Park Geun-hye|South Korea|president|
Lee Myung-bak|South Korea|president|
Roh Moo-hyun|South Korea|president|
Kim Dae-jung|South Korea|president|
Kim Young-sam|South Korea|president|
Roh Tae-woo|South Korea|president|
Chun Doo-hwan|South Korea|president|
Park Chung-hee|South Korea|president|
Syngman Rhee|South Korea|president|
Han Duck-soo|South Korea|prime minister; acting president|
Choi Sang-mok|South Korea|finance minister; deputy prime minister; acting president|
Kim Min-seok|South Korea|prime minister|
Chung Sye-kyun|South Korea|prime minister|
Lee Nak-yon|South Korea|prime minister|
Kim Boo-kyum|South Korea|prime minister|
Hwang Kyo-ahn|South Korea|prime minister; acting president|
Park Jin|South Korea|foreign minister|
Cho Tae-yul|South Korea|foreign minister|
Chung Eui-yong|South Korea|foreign minister; national security adviser|
Kang Kyung-wha|South Korea|foreign minister|
Yun Byung-se|South Korea|foreign minister|
Cho Hyun|South Korea|foreign minister|
Ban Ki-moon|South Korea|United Nations Secretary-General; foreign minister|
Kwon Young-se|South Korea|unification minister|
Kim Yung-ho|South Korea|unification minister|
Chung Dong-young|South Korea|unification minister|
Lee In-young|South Korea|unification minister|
Kim Yeon-chul|South Korea|unification minister|
Cho Myoung-gyon|South Korea|unification minister|
Lee Jong-sup|South Korea|defense minister|
Shin Won-sik|South Korea|defense minister; national security adviser|
Kim Yong-hyun|South Korea|defense minister|
Ahn Gyu-back|South Korea|defense minister|
Suh Wook|South Korea|defense minister|
Jeong Kyeong-doo|South Korea|defense minister|
Song Young-moo|South Korea|defense minister|
Park Jie-won|South Korea|director of the National Intelligence Service|
Suh Hoon|South Korea|director of the National Intelligence Service; national security adviser|
Kim Kyou-hyun|South Korea|director of the National Intelligence Service|
Cho Tae-yong|South Korea|director of the National Intelligence Service; national security adviser|
Lee Jong-seok|South Korea|director of the National Intelligence Service; unification minister|
Kim Gunn|South Korea|special representative for Korean Peninsula peace and security affairs; nuclear envoy|
Noh Kyu-duk|South Korea|special representative for Korean Peninsula peace and security affairs; nuclear envoy|
Lee Do-hoon|South Korea|special representative for Korean Peninsula peace and security affairs; nuclear envoy; vice foreign minister|
Lee Jun-il|South Korea|director-general for North Korean nuclear affairs; foreign ministry official|
Wi Sung-lac|South Korea|national security adviser; nuclear envoy|
Kim Sung-han|South Korea|national security adviser|
Chang Ho-jin|South Korea|national security adviser; first vice foreign minister|
Kim Tae-hyo|South Korea|deputy national security adviser|
Kim Eui-kyeom|South Korea|presidential spokesman|
Yoon Young-chan|South Korea|presidential press secretary|
Kang Yu-jung|South Korea|presidential spokeswoman|
Lim Soo-suk|South Korea|foreign ministry spokesman|
Choi Young-sam|South Korea|foreign ministry spokesman|
Koo Byoung-sam|South Korea|unification ministry spokesman|
Kim In-ae|South Korea|unification ministry deputy spokeswoman|
Lee Sung-jun|South Korea|Joint Chiefs of Staff spokesman|
Jeon Ha-kyu|South Korea|defense ministry spokesman|
Kim Keon-hee|South Korea|first lady|
Kim Jung-sook|South Korea|first lady|
Han Dong-hoon|South Korea|leader of the People Power Party; justice minister|
Kim Moon-soo|South Korea|presidential candidate; labor minister|
Ahn Cheol-soo|South Korea|lawmaker|
Woo Won-shik|South Korea|speaker of the National Assembly|
Choo Kyung-ho|South Korea|finance minister; floor leader of the People Power Party|
Lee Jun-seok|South Korea|lawmaker; party leader|
Yang Moo-jin|South Korea|president of the University of North Korean Studies; analyst|
Cheong Seong-chang|South Korea|analyst at the Sejong Institute|
Hong Min|South Korea|analyst at the Korea Institute for National Unification|
Nam Sung-wook|South Korea|professor of North Korean studies|
Go Myong-hyun|South Korea|analyst at the Asan Institute for Policy Studies|
Kim Dong-yup|South Korea|professor at the University of North Korean Studies|
Shin Beom-chul|South Korea|analyst; vice defense minister|
Donald Trump|United States|president|Donald J. Trump;Trump
Joe Biden|United States|president; vice president|Joseph Biden;Joseph R. Biden;Biden
Barack Obama|United States|president|Obama
George W. Bush|United States|president|
Bill Clinton|United States|president|
Kamala Harris|United States|vice president|
JD Vance|United States|vice president|J.D. Vance;Vance
Mike Pence|United States|vice president|Pence
Antony Blinken|United States|secretary of state|Tony Blinken;Blinken
Mike Pompeo|United States|secretary of state; director of the Central Intelligence Agency|Pompeo
Rex Tillerson|United States|secretary of state|Tillerson
John Kerry|United States|secretary of state|
Hillary Clinton|United States|secretary of state|
Marco Rubio|United States|secretary of state; senator|Rubio
Janet Yellen|United States|treasury secretary|Yellen
Steven Mnuchin|United States|treasury secretary|Steve Mnuchin;Mnuchin
Scott Bessent|United States|treasury secretary|Bessent
Brian Nelson|United States|under secretary of the treasury for terrorism and financial intelligence|
Wally Adeyemo|United States|deputy treasury secretary|Adewale Adeyemo
Andrea Gacki|United States|director of the Office of Foreign Assets Control; director of FinCEN|
Bradley Smith|United States|director of the Office of Foreign Assets Control|
John Hurley|United States|under secretary of the treasury for terrorism and financial intelligence|
Sigal Mandelker|United States|under secretary of the treasury for terrorism and financial intelligence|
Ned Price|United States|State Department spokesman|
Matthew Miller|United States|State Department spokesman|
Heather Nauert|United States|State Department spokeswoman|
Morgan Ortagus|United States|State Department spokeswoman; deputy special envoy|
Tammy Bruce|United States|State Department spokeswoman|
Vedant Patel|United States|State Department deputy spokesman|
John Kirby|United States|National Security Council spokesman; Pentagon press secretary|
Karine Jean-Pierre|United States|White House press secretary|
Jen Psaki|United States|White House press secretary|
Sarah Huckabee Sanders|United States|White House press secretary|
Karoline Leavitt|United States|White House press secretary|
Sung Kim|United States|special representative for North Korea; ambassador to South Korea|Sung Y. Kim;Sung Yong Kim
Jung Pak|United States|deputy special representative for North Korea; deputy assistant secretary of state|Jung H. Pak;Jeong Park;Jung Park
Stephen Biegun|United States|special representative for North Korea; deputy secretary of state|Steve Biegun;Biegun
Joseph Yun|United States|special representative for North Korea policy; chargé d'affaires in Seoul|
Glyn Davies|United States|special representative for North Korea policy|
Robert King|United States|special envoy for North Korean human rights|
Julie Turner|United States|special envoy for North Korean human rights|
Allison Hooker|United States|under secretary of state for political affairs|
Kurt Campbell|United States|deputy secretary of state; Indo-Pacific coordinator|
Wendy Sherman|United States|deputy secretary of state|
Harry Harris|United States|ambassador to South Korea; admiral|
Philip Goldberg|United States|ambassador to South Korea|
Linda Thomas-Greenfield|United States|ambassador to the United Nations|
Nikki Haley|United States|ambassador to the United Nations|
Kelly Craft|United States|ambassador to the United Nations|
Dorothy Shea|United States|deputy ambassador to the United Nations|
Mike Waltz|United States|national security adviser; ambassador to the United Nations|
Lloyd Austin|United States|defense secretary|
Jim Mattis|United States|defense secretary|James Mattis;Mattis
Mark Esper|United States|defense secretary|
Pete Hegseth|United States|defense secretary; secretary of war|Hegseth
Jake Sullivan|United States|national security adviser|
John Bolton|United States|national security adviser; ambassador to the United Nations|Bolton
H.R. McMaster|United States|national security adviser|McMaster
Robert O'Brien|United States|national security adviser|
Merrick Garland|United States|attorney general|
Lisa Monaco|United States|deputy attorney general|
Pam Bondi|United States|attorney general|
William Barr|United States|attorney general|Bill Barr
John Demers|United States|assistant attorney general for national security|
Matthew Olsen|United States|assistant attorney general for national security|
Christopher Wray|United States|director of the Federal Bureau of Investigation|
Kash Patel|United States|director of the Federal Bureau of Investigation|
Jen Easterly|United States|director of the Cybersecurity and Infrastructure Security Agency|
Anne Neuberger|United States|deputy national security adviser for cyber and emerging technology|
Avril Haines|United States|director of national intelligence|
Tulsi Gabbard|United States|director of national intelligence|
William Burns|United States|director of the Central Intelligence Agency|
John Ratcliffe|United States|director of the Central Intelligence Agency; director of national intelligence|
Paul LaCamera|United States|commander of United States Forces Korea; army general|
Xavier Brunson|United States|commander of United States Forces Korea; army general|
Steve Witkoff|United States|special envoy|Steven Witkoff
Victor Cha|United States|analyst at the Center for Strategic and International Studies; Korea chair|
Bruce Klingner|United States|analyst at the Heritage Foundation|
Sue Mi Terry|United States|analyst at the Council on Foreign Relations|
Ankit Panda|United States|analyst at the Carnegie Endowment for International Peace|
Jenny Town|United States|director of 38 North; analyst at the Stimson Center|
Jeffrey Lewis|United States|professor at the Middlebury Institute; nonproliferation expert|
Scott Snyder|United States|analyst; president of the Korea Economic Institute of America|
Leif-Eric Easley|United States|professor at Ewha Womans University|
Andrei Lankov|Russia|professor at Kookmin University; analyst|
Chad O'Carroll|United Kingdom|founder of NK News; journalist|
Martyn Williams|United Kingdom|analyst at 38 North; journalist|
ZachXBT||blockchain investigator|
Ari Redbord|United States|head of policy at TRM Labs; former treasury official|
Erin Plante|United States|vice president of investigations at Chainalysis|
Tom Robinson|United Kingdom|co-founder of Elliptic|
Fumio Kishida|Japan|prime minister; foreign minister|Kishida
Shinzo Abe|Japan|prime minister|Abe
Yoshihide Suga|Japan|prime minister; chief cabinet secretary|Suga
Shigeru Ishiba|Japan|prime minister; defense minister|Ishiba
Sanae Takaichi|Japan|prime minister|Takaichi
Junichiro Koizumi|Japan|prime minister|
Shinjiro Koizumi|Japan|defense minister|
Taro Kono|Japan|foreign minister; defense minister|
Yoshimasa Hayashi|Japan|foreign minister; chief cabinet secretary|
Toshimitsu Motegi|Japan|foreign minister|
Yoko Kamikawa|Japan|foreign minister|
Takeshi Iwaya|Japan|foreign minister|
Hirokazu Matsuno|Japan|chief cabinet secretary|
Minoru Kihara|Japan|defense minister; chief cabinet secretary|
Yasukazu Hamada|Japan|defense minister|
Nobuo Kishi|Japan|defense minister|
Gen Nakatani|Japan|defense minister|
Takehiro Funakoshi|Japan|director-general of the Asian and Oceanian Affairs Bureau; vice foreign minister|
Hiroyuki Namazu|Japan|director-general of the Asian and Oceanian Affairs Bureau|
Kenji Kanasugi|Japan|director-general of the Asian and Oceanian Affairs Bureau|
Naruhito|Japan|emperor|
Xi Jinping|China|president; General Secretary of the Chinese Communist Party|Xi
Li Qiang|China|premier|
Li Keqiang|China|premier|
Hu Jintao|China|president|
Mao Zedong|China|chairman of the Chinese Communist Party|Mao Tse-tung
Wang Yi|China|foreign minister; director of the Central Foreign Affairs Commission Office|
Qin Gang|China|foreign minister|
Zhao Leji|China|chairman of the National People's Congress Standing Committee|
Wang Huning|China|chairman of the Chinese People's Political Consultative Conference|
Han Zheng|China|vice president|
Dong Jun|China|defense minister|
Wei Fenghe|China|defense minister|
Mao Ning|China|foreign ministry spokeswoman|
Lin Jian|China|foreign ministry spokesman|
Zhao Lijian|China|foreign ministry spokesman|
Wang Wenbin|China|foreign ministry spokesman|
Hua Chunying|China|foreign ministry spokeswoman; vice foreign minister|
Geng Shuang|China|foreign ministry spokesman; deputy ambassador to the United Nations|
Zhang Jun|China|ambassador to the United Nations|
Fu Cong|China|ambassador to the United Nations|
Liu Xiaoming|China|special representative on Korean Peninsula affairs|
Wu Dawei|China|special representative on Korean Peninsula affairs|
Xing Haiming|China|ambassador to South Korea|
Wang Yajun|China|ambassador to North Korea|
Vladimir Putin|Russia|president|Putin
Sergei Lavrov|Russia|foreign minister|Sergey Lavrov;Lavrov
Sergei Shoigu|Russia|secretary of the Security Council; defense minister|Sergey Shoigu;Shoigu
Andrei Belousov|Russia|defense minister|Andrey Belousov
Dmitry Peskov|Russia|Kremlin spokesman|Peskov
Maria Zakharova|Russia|foreign ministry spokeswoman|Zakharova
Dmitry Medvedev|Russia|deputy chairman of the Security Council; president; prime minister|Medvedev
Mikhail Mishustin|Russia|prime minister|
Vasily Nebenzya|Russia|ambassador to the United Nations|Vassily Nebenzia;Nebenzia
Alexander Matsegora|Russia|ambassador to North Korea|
Andrei Rudenko|Russia|deputy foreign minister|Andrey Rudenko
Sergei Ryabkov|Russia|deputy foreign minister|Sergey Ryabkov
Yuri Ushakov|Russia|presidential aide|
Alexander Kozlov|Russia|natural resources minister; co-chair of the intergovernmental commission with North Korea|
Valery Gerasimov|Russia|chief of the General Staff|
Sergei Naryshkin|Russia|director of the Foreign Intelligence Service|
Joseph Stalin|Russia|Soviet leader|Stalin
António Guterres||Secretary-General of the United Nations|Guterres
Stéphane Dujarric||spokesman for the Secretary-General|
Farhan Haq||deputy spokesman for the Secretary-General|
Rafael Grossi||director general of the International Atomic Energy Agency|Grossi
Yukiya Amano||director general of the International Atomic Energy Agency|
Volker Türk||High Commissioner for Human Rights|
Michelle Bachelet||High Commissioner for Human Rights|
Elizabeth Salmón||special rapporteur on human rights in North Korea|
Tomás Ojea Quintana||special rapporteur on human rights in North Korea|
Rosemary DiCarlo||under-secretary-general for political and peacebuilding affairs|
Khaled Khiari||assistant secretary-general for the Middle East, Asia and the Pacific|Mohamed Khaled Khiari
Pope Francis|Vatican|pope|
Pope Leo XIV|Vatican|pope|
Volodymyr Zelensky|Ukraine|president|Volodymyr Zelenskyy;Zelensky;Zelenskyy
Emmanuel Macron|France|president|Macron
Rishi Sunak|United Kingdom|prime minister|
Keir Starmer|United Kingdom|prime minister|
Boris Johnson|United Kingdom|prime minister|
Olaf Scholz|Germany|chancellor|
Friedrich Merz|Germany|chancellor|
Angela Merkel|Germany|chancellor|
Narendra Modi|India|prime minister|
Anthony Albanese|Australia|prime minister|
Justin Trudeau|Canada|prime minister|
Ali Khamenei|Iran|supreme leader|Ayatollah Ali Khamenei;Khamenei
Ebrahim Raisi|Iran|president|
Masoud Pezeshkian|Iran|president|
Hassan Rouhani|Iran|president|
Abbas Araghchi|Iran|foreign minister|
Mohammad Javad Zarif|Iran|foreign minister|
Bashar al-Assad|Syria|president|Assad
Recep Tayyip Erdogan|Turkey|president|Erdogan
Alexander Lukashenko|Belarus|president|Lukashenko
Nguyen Phu Trong|Vietnam|General Secretary of the Communist Party of Vietnam|
To Lam|Vietnam|General Secretary of the Communist Party of Vietnam; president|
Prabowo Subianto|Indonesia|president|
Joko Widodo|Indonesia|president|Jokowi
Lee Hsien Loong|Singapore|prime minister|
Lawrence Wong|Singapore|prime minister|
Vivian Balakrishnan|Singapore|foreign minister|
Anwar Ibrahim|Malaysia|prime minister|
Ferdinand Marcos Jr.|Philippines|president|Bongbong Marcos
Hun Manet|Cambodia|prime minister|
Ursula von der Leyen||president of the European Commission|
Josep Borrell||high representative for foreign affairs|
Kaja Kallas||high representative for foreign affairs|
Jens Stoltenberg||secretary general of NATO|Stoltenberg
Mark Rutte||secretary general of NATO|
Benjamin Netanyahu|Israel|prime minister|Netanyahu
`;

export interface PersonEntry {
  name: string;
  country: string | null;
  role: string | null;
  aliases: string[];
}

export const people: PersonEntry[] = PEOPLE.trim()
  .split("\n")
  .map((line) => {
    const [name, country, role, aliases] = line.split("|");
    return {
      name,
      country: country || null,
      role: role || null,
      aliases: (aliases ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
