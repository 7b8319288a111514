/**
 * Word lists and regular expressions of the extraction heuristics, in one table so a new
 * language or publisher convention is one line here rather than a code change.
 */

/** [host without www, path prefix] of the only iframes kept in the body: video players. */
export const VIDEO_EMBED_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['youtube.com', '/embed/'],
  ['youtube-nocookie.com', '/embed/'],
  ['player.vimeo.com', '/video/'],
  ['dailymotion.com', '/embed/'],
  ['geo.dailymotion.com', '/player'],
];

/** schema.org types that describe the article itself (NewsArticle, BlogPosting, ReportageNewsArticle...). */
export const ARTICLE_TYPES = /(Article|BlogPosting|Posting|Report|Review)$/;

/** Meta names carrying the publication date, most specific first. */
export const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published-date',
  'citation_publication_date',
];

/** Meta names carrying author names. */
export const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  // Open Graph's own prefix, which some CMSes also put before the article namespace.
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  // Dublin Core, written with a dot in HTML meta names and with a colon as an RDFa property.
  'dc.creator',
  'dc:creator',
  'dcterms.creator',
  'dcterms:creator',
  'byl',
  'citation_author',
  'cxenseparse:author',
];

/** Author meta names written once per author (a paper's `citation_author`): every tag counts, not only the first. */
export const AUTHOR_LIST_META_KEYS: ReadonlySet<string> = new Set([
  'article:author',
  'og:article:author',
  'dc.creator',
  'dc:creator',
  'dcterms.creator',
  'dcterms:creator',
  'citation_author',
]);

/** Attributes where lazy-loading scripts park an image's real source, most common first. */
export const LAZY_SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

/** A src that is only a stand-in: tiny data: GIF/SVG, or a file named like a placeholder. */
export const PLACEHOLDER_SRC =
  /^\s*data:image\/(gif|svg|png;base64,.{0,200}$)|(^|\/)(blank|spacer|placeholder|lazy|transparent|pixel|grey|gray)[\w.-]*\.(gif|png|svg|jpg)/i;

/**
 * Separators between headline, kicker and site name in `<title>`/og:title. Never a bare colon;
 * CJK titles use full-width bars, dashes and colons, and underscores between CJK words.
 */
export const TITLE_SEPARATORS =
  /\s+[|\-–—·•»«/－]\s+|\s+::\s+|\s*[|｜]\s*|\s*：\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])_(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** Words that introduce a byline: "By", "Von", "Text:", "Par", "Por", "Di", "Written by", ... */
export const BYLINE_PREFIX =
  /^(?:(?:written|reported|reporting|posted|text|words|story|interview|fotos?|photos?)\s+(?:by|von)\b|by|von unsere[mr]\s+(?:\p{L}+\s+)?(?:korrespondent(?:in|en)?|redakteur(?:in)?|reporter(?:in)?|mitarbeiter(?:in)?)(?:\s+in\s+\p{L}+)?|von|text|autor(?:in|en)?|author|authors|par|por|di|de|door|av|przez|texto|testo|auteur)\s*[:：]?\s+/iu;

/** CJK byline labels: 投稿者 (poster), 作者/著者/筆者 (author), 記者 (reporter), 文● / 文・ (text by). */
export const CJK_BYLINE_LABEL = /^(?:投稿者|作者|著者|筆者|記者)\s*[:：]?\s*|^文\s*[●・:：／/]\s*/;

/** Separators between several authors in one byline. */
export const AUTHOR_SPLIT = /\s*(?:,|;|&|\+|\/|\s(?:and|und|et|y|e|en|og|och|i|oraz|sowie|with|mit)\s)\s*/i;

/** Job titles and roles printed next to a name ("Hannah Janz, Korrespondentin"). */
export const ROLE_WORDS =
  /^(?:(?:senior|chief|chef|stellvertretende[rn]?|freie[rn]?|leitende[rn]?|staff|contributing|special|foreign|political|politische[rn]?|wirtschafts|science|our)\s*)*(?:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|autor(?:in)?|editor|writer|correspondent|columnist|kolumnist(?:in)?|contributor|analyst|journalist(?:in)?|photographer|fotograf(?:in)?|redaktion|newsdesk|desk|staff|team|rédact(?:eur|rice)|journaliste|envoyée?\s+spéciale?|periodista|redactora?|corresponsal|giornalista|inviato)\b/i;

/** News agencies, dropped when glued to a person's name ("Hannah Janz/dpa"). */
export const AGENCIES =
  /^(?:dpa|afp|ap|reuters|kna|epd|sid|apa|ansa|efe|dts|ddp|upi|pa|anp|tt|ntb|ritzau|sda|keystone-sda|ria|tass|xinhua)$/i;

/** Things that sit in byline boxes but are not names. */
export const NOT_A_NAME =
  /^(?:share|teilen|follow|folgen|more|mehr|profil|profile|alle artikel|all articles|kommentare|comments|updated|aktualisiert|published|veröffentlicht|read more|weiterlesen|view all|see all|show all|alle anzeigen|voir tout|ver todos|e-?mail|twitter|facebook|linkedin|x|home|menu|anonymous|admin|guest|unknown|log ?in|sign in|sign up|register|anmelden|einloggen|registrieren|se connecter|connexion|iniciar sesión|registrarse)$/i;

/** Link paths of author profile pages. */
export const AUTHOR_HREF =
  /\/(?:authors?|autor(?:en|in)?|people|profiles?|journalists?|staff|redaktion|team|contributors?|columnists?|writers?|editors?)\/[^/?#]+/i;

/** Class/id fragments of byline containers (a forum or paste site shows the poster's `username`). */
export const BYLINE_HINT = /byline|author|autor|writer|creator|username/i;

/** Labels above a list of key points; the label itself is not a point. */
export const KEY_POINTS_LABEL =
  /^(?:in kürze|kurz gesagt|das wichtigste(?: in kürze)?|auf einen blick|zusammenfassung|key points|key takeaways|takeaways|highlights|summary|in brief|at a glance|the big picture|what you need to know|l'essentiel|en bref|à retenir|lo más importante|en resumen|claves|in sintesi|in breve|i punti chiave|samenvatting|in het kort|resumo|em resumo|podsumowanie|w skrócie|sammanfattning|i korthet)\s*[:.]?$/i;

/** Class/id/itemprop fragments of a standfirst, dek or lead paragraph. */
export const DEK_HINT =
  /(?:^|[\s_-])(?:standfirst|dek|deck|teaser|lead|lede|intro|excerpt|subtitle|sub-?title|subhead(?:line|ing)?|summary|description|abstract|kicker-text|article-?summary|strapline|chapo|chapeau|entradilla|bajada|sumario|sommario|occhiello|preamble|ingress|subline|einleitung|vorspann)(?:$|[\s_-])/i;

/** Where a teaser never comes from: page chrome, tickers, captions and credits (tags, then class/id words). */
export const TEASER_OUTSIDE = {
  tags: new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'FIGURE', 'FIGCAPTION', 'H1']),
  hints:
    /caption|credit(?!ation)|ticker|cookie|consent|newsletter|related|(?<![a-z])sidebar|share|social|breadcrumb|byline|author|meta|(?:^|[^a-z])tags?(?![a-z])|slideshow|gallery|carousel|slider|lightbox/i,
};

/** Where a byline never comes from: comment forms, related-article teasers, page chrome. */
export const BYLINE_OUTSIDE = {
  tags: new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']),
  hints: /comment|related|recommend|teaser-list|more-from/i,
};

/** Photo credits and source lines that carry `+++` or look like a lead but are not one. */
export const CREDIT =
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|^(?:fotos?|bild(?:er)?|photos?|images?|credits?|quelle|source|video|grafik|illustration)\s*:|©|\(c\)|bildfunk|getty images|imago|picture alliance|\bdpa\b.*\+\+\+|\+\+\+.*\bdpa\b|\b(?:photo|foto|bild)\s+(?:via|by|von)\b|\bAP Photo\b|^in this (?:photo|image)\b/i;

/** Wire-service staff credits under a story ("Reporting by …; Editing by …"): never a lead. */
export const STAFF_CREDIT = /^(?:additional )?(?:reporting|writing|editing|compiled|produced|translated) by\b/i;

/** Languages written right to left. */
export const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb', 'ku']);

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** The most frequent short words of each language the detector knows (no overlap-sensitive words). */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: words(
    'the of and to in is that for it was on with as at by this be are from have has had not but which were their they its an would been will who or',
  ),
  de: words(
    'der die das und ist nicht sich mit auf den dem des ein eine einen einem für von zu im auch es sie wird wurde werden als nach bei aus noch über sind hat wie',
  ),
  fr: words(
    'le la les et des est une dans que qui pour pas sur au aux du ce il elle sont avec par plus ont été cette mais nous vous leur être',
  ),
  es: words(
    'el los las y es en que del se por con una para como pero sus más fue está este esta han ha son ser al lo le entre sobre también',
  ),
  it: words(
    'il lo gli della delle dei che è non per una con sono come nel nella alla anche ha si più dal degli questo questa essere stato',
  ),
  nl: words(
    'de het een en van is dat niet op te zijn voor met die aan er maar om ook als dit bij nog wordt worden heeft hebben werd uit',
  ),
  pt: words(
    'o os as e do da dos das que não em um uma para com por mais foi são como ao mas seu sua também está pelo pela ele ela',
  ),
  pl: words(
    'i w nie na się z do jest to że o jak ale po co tak przez za od są tym jego być może już tylko dla które który została',
  ),
  sv: words(
    'och att det som en är av för på med till den har inte om ett de var jag men från kan så vid eller efter också hade blev',
  ),
};

/** The end of a call that is a button's words alone: "Sign up", "Log in.", "Donate!". */
const CALL_END = '\\s*[.!:›»→]*$';

/**
 * Calls to act that publishers put around an article: subscribe, register, newsletter, follow,
 * donate, tip-offs, ad-blocker and cookie notices. Matched at the start of a short block.
 */
export const CALL_TO_ACTION = new RegExp(
  '^(?:' +
    [
      // English
      // "Sign up" and "log in" only as calls: with what they lead to, or alone ("Sign up for the vaccine" is news).
      'subscribe\\b',
      `(?:sign (?:up|in)|log ?in)(?:${CALL_END}| (?:now|today|here|free|for (?:free|a free|our)|or (?:create|register|sign|subscribe)|to (?:our|get|receive|read|continue|keep|access|comment|save|unlock|your))\\b)`,
      'create an account',
      'register (?:now|for|to)\\b',
      'already (?:a subscriber|have an account)',
      'get (?:our|the) [\\w -]{0,30}newsletter',
      'follow (?:us|[\\w.]+ on (?:twitter|x|facebook|instagram|google news|whatsapp|telegram|linkedin))\\b',
      'join the conversation',
      'got a story\\b',
      'do you have a story to (?:tell|share)\\b',
      'get in touch with',
      'support (?:us|our|local|independent|quality) ',
      `donate(?:${CALL_END}| (?:now|today|here|to (?:us|our|support|keep))\\b)`,
      'become a (?:member|subscriber|supporter|patron)\\b',
      '.{0,80}\\b(?:sign up (?:to|for)|subscribe to) our (?:[\\w-]+ ){0,3}(?:newsletters?|e-?mails?|alerts|updates)\\b',
      'i would like to be emailed\\b',
      'for more stories like this\\b',
      'stay up to date with\\b',
      'ad ?block(?:er)? users\\b',
      'this (?:site|website) (?:uses cookies|is protected by recaptcha)',
      'to view this (?:video|content) please enable',
      // German
      'jetzt (?:abonnieren|abonnent|unterstützen|spenden|registrieren|anmelden|kostenlos)',
      'abonnieren sie\\b',
      'abonniere\\b',
      'melden sie sich (?:hier |jetzt )?(?:für|zum|an)\\b',
      'registrieren sie sich\\b',
      'folgen sie uns\\b',
      'folge uns\\b',
      'unterstützen sie\\b',
      'empfohlener redaktioneller inhalt',
      'an dieser stelle find(?:en sie|est du) einen externen inhalt',
      'ich bin damit einverstanden, dass mir (?:externe )?inhalte',
      'personenbezogene daten können an drittplattformen',
      'fehler (?:auf [\\w.-]+ )?entdeckt\\?',
      'sie haben einen fehler gefunden\\?',
      'inhaltliches feedback\\?',
      '.{0,120}\\babonniere (?:den|unseren) (?:whatsapp|telegram)',
      // French, Spanish, Norwegian
      'abonnez-vous\\b',
      'inscrivez-vous\\b',
      'suivez-nous\\b',
      'soutenez\\b',
      'faites un don\\b',
      'suscríbe(?:te|se)\\b',
      'regístrate\\b',
      'síguenos\\b',
      'apoya (?:nuestro|el) periodismo',
      'bli abonnent\\b',
      'følg oss\\b',
      'meld deg på\\b',
      'støtt (?:oss|journalistikken)\\b',
      // Arabic: subscribe, download the app now
      '[اإ]شترك(?:\\s|$)',
      'حمّ?ل (?:الآن )?تطبيق',
      // Apps: "Download our app", "Jetzt die App herunterladen", "Téléchargez l'application"
      'download (?:the|our) (?:[\\w-]+ ){0,2}app\\b',
      'get the (?:[\\w-]+ ){0,2}app\\b',
      '(?:jetzt )?(?:die|unsere) (?:[\\w-]+ ){0,2}app (?:kostenlos )?(?:herunterladen|laden|installieren)\\b',
      'laden sie (?:jetzt )?(?:die|unsere) (?:[\\w-]+ ){0,2}app\\b',
      "téléchargez (?:l'|notre )application\\b",
      'descarga (?:la|nuestra) app\\b',
    ].join('|') +
    ')',
  'iu',
);

/**
 * The button that closes a prompt laid over the page ("Nein danke. Weiter in dieser Ansicht",
 * "No thanks"): what it closes, above it, is the prompt (an app's perks, a newsletter form).
 */
export const DISMISS =
  /^(?:no,? thanks?|not now|maybe later|nein,? danke|nicht jetzt|non,? merci|no,? gracias|ahora no|no,? grazie|nei,? takk|nej,? tack|nee,? bedankt)\b/i;

/** The whole text of a button-like link that calls to act ("Jetzt unterstützen", "Subscribe now"). */
export const CALL_TO_ACTION_LINK =
  /^(?:(?:jetzt|now|today|maintenant|ahora|nå)\s+)?(?:subscribe|sign up|support us|donate|abonnieren|unterstützen|spenden|registrieren|s'abonner|abonnez-vous|faire un don|soutenir|suscríbete|donar|apoyar|abonner|bli abonnent|støtt)(?:\s+(?:now|today|jetzt|maintenant|ahora|nå))?\s*[!.›»→]*$/iu;

/** Labels over links to other stories: "Read more:", "Mehr zum Thema", "Les mer om …", "Lire aussi". */
export const MORE_STORIES =
  /^(?:more\s*[:：]|(?:read (?:more|also|next)|more (?:on this|stories|like this)|related(?: articles| stories)?|see also|you (?:may|might) also like|recommended for you|mehr zum thema|mehr dazu|weitere artikel|lesen sie auch|auch interessant|das könnte sie auch interessieren|lire aussi|à lire aussi|sur le même sujet|lee también|leer más|te puede interesar|más información|les (?:mer|også)(?: om)?|se også)(?![\p{L}-]))/iu;

/** The lone word that closes a teaser card's sentence and opens the other story: "… mehr", "… Read more". */
export const MORE_MARK =
  /^(?:mehr|weiterlesen|more|read more|lire la suite|leer más|les mer|läs mer|lees meer|continua)\s*[›»→]?$/i;

/** A heading over the author's bio after the article. */
export const AUTHOR_BIO_LABEL =
  /^(?:about the authors?|the authors?|über (?:den|die) autor(?:in|en)?|der autor|die autorin|die autoren|zur person|à propos de l'auteur|l'auteur|sobre el autor|el autor|la autora)\s*:?$/i;

/**
 * Notices about the page rather than the story, boilerplate at any length: comment rules,
 * affiliate and consent notes, "breaking story" placeholders. Matched at the start of a block.
 */
export const PAGE_NOTICE =
  /^(?:bitte achten sie darauf, dass ihre kommentare|please (?:read|note|review) our (?:community guidelines|comment(?:ing)? (?:policy|guidelines))|if you (?:buy|purchase) something (?:using|through|from) (?:the )?links|ich bin damit einverstanden, dass mir (?:der |die )?externen? inhalt|an dieser stelle find(?:en sie|est du) einen [\p{L}, ]{0,60}externen inhalt|mit der anmeldung willigen sie|this is a breaking (?:news |new )?story)/iu;

/** The items of a share toolbar: actions (share, mail, print, feedback), then networks; each the item's whole text. */
const SHARE_ACTIONS =
  'share|teilen|partager|compartir|condividi|del|dela|e-?mail|mail|print|drucken|imprimer|imprimir|stampa|copy link|link kopieren|feedback|kommentare?|comments?';
export const SHARE_ACTION = new RegExp(`^(?:${SHARE_ACTIONS})$`, 'i');
export const SHARE_ITEM = new RegExp(
  `^(?:${SHARE_ACTIONS}|twitter|x|facebook|whatsapp|linkedin|pinterest|reddit|telegram|threads|bluesky|flipboard)$`,
  'i',
);

/** A date line's label standing alone once its date is gone (`key`ed text: lower case, no colon). */
export const DATE_LABEL =
  /^(?:published|posted|updated|last updated|first published|publiziert|veröffentlicht|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|publisert|oppdatert|publicerad|uppdaterad|gepubliceerd|bijgewerkt)$/;

/**
 * A subscription or app offer set where a standfirst would be ("First month for $1", "Jetzt
 * abonnieren", "Ohne Werbung weiterlesen"), by shape: a price for a period beside an offer's word,
 * or a short line that is a button's words ("… weiterlesen", "Continue reading").
 */
export const OFFER_PRICE = /(?:[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥]|eur\b|euro\b|chf\b))/i;
export const OFFER_PERIOD =
  /\b(?:month|monat|mois|mes|mese|week|woche|semaine|year|jahr|an|año|anno)\b|\b(?:monthly|monatlich|mensuel)\b|\/\s?(?:mo|mon|monat|month|jahr|year)\b/i;
export const OFFER_WORD =
  /\b(?:first|erste[nrs]?|premier|primer|only|nur|seulement|solo|trial|testen|test|probe\w*|abo\w*|subscri\w*|abonn\w*|suscri\w*|unlimited|unbegrenzt\w*|illimité|digital\w*|access|zugang|accès|cancel|kündbar|jederzeit|anytime)\b/i;
export const READ_ON =
  /\b(?:weiterlesen|weiter lesen|continue reading|keep reading|read on|lire la suite|continuer la lecture|seguir leyendo|continua a leggere)\b/i;
