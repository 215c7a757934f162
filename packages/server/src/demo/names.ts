/** Names as they are written in the registers of the places the demo portrays. */

/** A list written as comma-separated text, so that a long list of names stays a few lines long. */
export const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const marathiWomen = list(`
  Sunita, Asha, Lata, Mangal, Sangita, Savita, Kavita, Rekha, Shobha, Usha, Vaishali, Manisha, Jyoti, Sarika,
  Anita, Alka, Sunanda, Suman, Meena, Rupali, Pushpa, Shalini, Pramila, Nanda, Chhaya, Vandana, Archana, Swati,
  Pooja, Priyanka, Rohini, Sharda, Kalpana, Ujwala, Shubhangi, Sujata, Anjali, Ranjana, Yogita, Sonali, Mangala,
  Hirabai, Sakhubai, Tarabai, Kamal, Indu, Malti, Nirmala, Parvati, Radha, Kusum, Vimal, Leela, Shantabai,
  Gangubai, Chandrakala, Jayashree, Rajashree, Madhuri, Deepali, Ashwini, Komal, Pallavi, Snehal, Dipali,
  Bharati, Sarita, Geeta, Seema, Neeta, Rani, Laxmi, Durga, Yamuna, Reshma, Sushila, Vidya`);

export const marathiMen = list(`
  Ramesh, Suresh, Ganesh, Santosh, Prakash, Sunil, Anil, Vijay, Sanjay, Rajesh, Dattatray, Balu, Vitthal,
  Dnyaneshwar, Tukaram, Shankar, Maruti, Kishor, Nitin, Sachin, Rahul, Amol, Yogesh, Mahesh, Dilip, Ashok,
  Bhimrao, Namdev, Pandurang, Raju, Sagar, Akash, Vikas, Umesh, Kiran, Sandip, Rohit, Omkar, Aniket, Tushar,
  Shivaji, Babasaheb, Laxman, Mohan, Kailas, Dinesh, Bhausaheb, Eknath, Arun, Deepak`);

export const marathiChildren = {
  female:
    list(`Aarohi, Sai, Shravani, Gauri, Sanika, Tanvi, Vaishnavi, Siddhi, Anushka, Samruddhi, Ira, Kavya,
    Ovi, Arya, Mrunal, Tejal, Rutuja, Prachi, Sakshi, Janhavi`),
  male: list(`Aarav, Shaurya, Vedant, Om, Soham, Pranav, Atharva, Aditya, Yash, Sarthak, Ayush, Krishna, Arjun,
    Rudra, Vihaan, Ayaan, Harsh, Parth, Tanmay, Rehan`),
};

export const marathiFamilies = list(`
  Pawar, Jadhav, Shinde, Gaikwad, Kamble, More, Patil, Kale, Mane, Sonawane, Waghmare, Bansode, Salunkhe,
  Bhosale, Chavan, Deshmukh, Thorat, Kadam, Nikam, Ahire, Bagul, Borse, Wagh, Khairnar, Gangurde, Jagtap, Sonar,
  Kulkarni, Deore, Bhamre, Gavit, Pagar, Shelke, Londhe, Ghuge, Dhokne, Kharat, Gawali, Bhalerao, Mhaske, Ingle,
  Sali, Tambe, Kolhe, Aher, Darade, Gite, Bhoir, Jagdale, Sathe`);

/** Solapur's weaving families came from Telangana; their Telugu surnames sit beside Marathi ones. */
export const solapurFamilies = [
  ...marathiFamilies.slice(0, 30),
  ...list(`Gajam, Konda, Gundeli, Vaddepalli, Chilka, Yemul, Boddul, Adam, Madur, Gaddam, Vanga, Dasari, Kuchan,
    Rapelli, Kalburgi, Biradar, Swami, Mhetre`),
];

/** Muslim families live in the same bastis; their names come as a set, not mixed with Marathi surnames. */
export const muslimNames = {
  women:
    list(`Shabana, Rukhsana, Nasreen, Salma, Farida, Shahin, Yasmin, Parveen, Ayesha, Zubeda, Rehana, Sultana,
    Najma, Tabassum, Shamim, Mumtaz, Razia, Jaitun`),
  men: list(
    'Imran, Salim, Javed, Rafiq, Ayub, Iqbal, Anwar, Shahid, Aslam, Feroz, Yusuf, Mehboob, Babu, Sikandar',
  ),
  children: {
    female: list('Alfiya, Mahek, Zoya, Aliya, Sana, Inaya, Afreen, Muskan, Heena, Sofiya'),
    male: list('Ayaan, Rehan, Arman, Zaid, Faizan, Adnan, Sahil, Arbaz, Amaan, Junaid'),
  },
  families: list('Shaikh, Pathan, Sayyed, Mulla, Bagwan, Attar, Inamdar, Tamboli, Momin, Kazi'),
};

export const nashikOccupations = list(`
  domestic worker, vegetable vendor, construction labourer, tailor, papad and pickle maker, factory worker,
  grape packhouse worker, flower seller, home-based garment work, homemaker, anganwadi helper, mess cook`);

export const nashikSkills = list(`
  tailoring, embroidery, papad making, pickle making, masala grinding, beautician, catering, book-keeping,
  rangoli, incense sticks, paper bags, bangles`);

/** Beedi rolling is women's work in Solapur; carrying loads and driving autos are men's. */
export const solapurOccupations = {
  female: list(`beedi roller, beedi roller, power-loom worker, domestic worker, construction labourer,
    chaddar weaver, vegetable vendor, garment stitching, homemaker`),
  male: list(`power-loom worker, power-loom worker, construction labourer, autorickshaw driver, hamal,
    hotel worker, chaddar weaver, vegetable vendor, painter`),
};

export const malianWomen = list(`
  Aminata, Fatoumata, Awa, Mariam, Kadiatou, Oumou, Rokia, Assitan, Djeneba, Salimata, Hawa, Bintou, Korotoum,
  Nana, Sitan, Kadidia, Fanta, Maïmouna, Aïssata, Ramata, Safiatou, Sanata, Haoua, Mamou, Tenin, Nènè, Kankou,
  Massitan, Fatimata, Oumoukalsoum, Aïcha, Dado, Batoma, Sira, Wassa, Kadia, Sali, Bakoroba, Djénéba, Mah,
  Koniba, Yah, Niakalé, Coumba, Adiaratou, Minata, Tata, Natou`);

export const malianFamilies = list(`
  Traoré, Coulibaly, Diarra, Keïta, Konaté, Sangaré, Dembélé, Camara, Diallo, Touré, Sissoko, Kanté, Koné,
  Doumbia, Cissé, Sidibé, Bagayoko, Samaké, Maïga, Diakité, Fofana, Togola, Berthé, Sanogo, Ouattara, Goïta,
  Dao, Mallé, Kouyaté, Tangara`);

export const malianOccupations = list(`
  vendeuse de légumes, couturière, savonnière, teinturière de bazin, restauratrice, vendeuse de poisson fumé,
  coiffeuse, maraîchère, ménagère, vendeuse de beurre de karité`);
