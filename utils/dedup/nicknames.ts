/**
 * English given names and the short forms people go by, as written on cards and in signatures.
 * Spelling variants of one name (Catherine, Katharine) sit in the same group. A short form can
 * belong to several names (Alex: Alexander, Alexandra; Chris: Christopher, Christine), so a name
 * maps to a set of groups and two names are equivalent when their sets meet.
 */
const GROUPS: Record<string, readonly string[]> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  elizabeth: ['liz', 'lizzie', 'lizzy', 'beth', 'betty', 'betsy', 'eliza', 'libby', 'elisabeth'],
  michael: ['mike', 'mikey', 'mick', 'mickey', 'micheal'],
  katherine: ['kathy', 'kate', 'katie', 'kat', 'cathy', 'catherine', 'kathryn', 'katharine', 'cate'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'jonny', 'johnathan'],
  richard: ['rick', 'ricky', 'rich', 'richie', 'dick'],
  thomas: ['tom', 'tommy'],
  christopher: ['chris', 'kit'],
  christine: ['chris', 'christina', 'tina', 'kristine'],
  alexander: ['alex', 'xander', 'sasha'],
  alexandra: ['alex', 'lexi', 'sasha'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  daniel: ['dan', 'danny'],
  danielle: ['dani'],
  david: ['dave', 'davy'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  joseph: ['joe', 'joey'],
  josephine: ['jo', 'josie'],
  joshua: ['josh'],
  matthew: ['matt', 'mathew'],
  nicholas: ['nick', 'nicky', 'nicolas'],
  patrick: ['pat', 'paddy'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  peter: ['pete'],
  samuel: ['sam', 'sammy'],
  samantha: ['sam', 'sammie'],
  stephen: ['steve', 'stevie', 'steven'],
  timothy: ['tim', 'timmy'],
  benjamin: ['ben', 'benny'],
  charles: ['charlie', 'chuck', 'chas'],
  gregory: ['greg'],
  jeffrey: ['jeff', 'geoff', 'geoffrey'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry', 'laurence'],
  margaret: ['maggie', 'meg', 'peggy', 'marge', 'margie'],
  jennifer: ['jen', 'jenny', 'jenn'],
  jessica: ['jess', 'jessie'],
  rebecca: ['becky', 'becca'],
  susan: ['sue', 'susie', 'suzanne'],
  deborah: ['deb', 'debbie', 'debra'],
  victoria: ['vicky', 'vicki', 'tori'],
  abigail: ['abby'],
  amanda: ['mandy'],
  barbara: ['barb', 'babs'],
  frederick: ['fred', 'freddie', 'freddy'],
  gerald: ['gerry', 'jerry'],
  harold: ['harry', 'hal'],
  henry: ['harry', 'hank'],
  douglas: ['doug'],
  donald: ['don', 'donny'],
  ronald: ['ron', 'ronnie'],
  raymond: ['ray'],
  philip: ['phil', 'phillip'],
  nathaniel: ['nate', 'nat', 'nathan'],
  zachary: ['zach', 'zack'],
  theodore: ['ted', 'teddy', 'theo'],
  vincent: ['vince', 'vinny'],
  walter: ['walt', 'wally'],
  albert: ['al', 'bert'],
  eugene: ['gene'],
  francis: ['frank', 'frankie'],
  leonard: ['leo', 'len', 'lenny'],
  kimberly: ['kim'],
  pamela: ['pam'],
  sandra: ['sandy'],
  teresa: ['terry', 'tess', 'theresa'],
  judith: ['judy'],
  dorothy: ['dot', 'dottie'],
  cynthia: ['cindy'],
  melissa: ['missy', 'mel'],
  michelle: ['shelly', 'michele'],
  stephanie: ['steph'],
  jacqueline: ['jackie'],
  gabriel: ['gabe'],
  gabrielle: ['gabby'],
  benedict: ['ben'],
  maximilian: ['max'],
  oliver: ['ollie'],
};

const INDEX = new Map<string, string[]>();
for (const [name, forms] of Object.entries(GROUPS)) {
  for (const form of [name, ...forms]) {
    const list = INDEX.get(form) ?? [];
    list.push(name);
    INDEX.set(form, list);
  }
}

/** The groups a lower-case given name belongs to; empty when the table doesn't know it. */
export function nicknameGroups(token: string): readonly string[] {
  return INDEX.get(token) ?? [];
}

/** True when two different lower-case names are forms of one name (Bob and Robert, Liz and Beth). */
export function areNicknames(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = INDEX.get(a);
  const gb = INDEX.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}
