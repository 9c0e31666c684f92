//! The boilerplate phrase library: every pattern is data with a name.
//!
//! Each [`Pattern`] names the [`Rule`] it fires, its regex, lines it must match
//! and ordinary lines it must not match; the unit tests below check both lists
//! for every pattern, so a pattern cannot be added without examples.
//!
//! Patterns are matched case-insensitively against the whole normalised block,
//! and only on blocks of at most [`MAX_PHRASE_BYTES`] bytes: boilerplate
//! phrasings are short, and skipping long blocks keeps the hot loop fast.
//! Most are anchored at both ends (`^...$`) so that a phrase inside a sentence
//! ("She would not share this with anyone.") never fires.

use std::ops::Range;

use aho_corasick::packed;
use once_cell::sync::Lazy;
use regex_automata::dfa::{dense, dense::DFA, Automaton, StartKind};
use regex_automata::nfa::thompson;
use regex_automata::util::primitives::{PatternID, StateID};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};

use crate::language::Language;
use crate::rule::{Family, Rule};

/// Blocks longer than this (in bytes) are never matched against the library.
pub(crate) const MAX_PHRASE_BYTES: usize = 320;

/// One named pattern and its examples.
pub(crate) struct Pattern {
    /// The rule reported when the pattern matches.
    pub rule: Rule,
    /// The regex, matched case-insensitively, Unicode-aware.
    pub regex: &'static str,
    /// Whole blocks the pattern must match.
    #[cfg_attr(not(test), allow(dead_code))]
    pub matches: &'static [&'static str],
    /// Whole blocks that no pattern of the library may match.
    #[cfg_attr(not(test), allow(dead_code))]
    pub rejects: &'static [&'static str],
}

pub(crate) const fn p(
    rule: Rule,
    regex: &'static str,
    matches: &'static [&'static str],
    rejects: &'static [&'static str],
) -> Pattern {
    Pattern {
        rule,
        regex,
        matches,
        rejects,
    }
}

use Family::*;

/// The library, in the order the rules are reported: when several patterns
/// match, the first one names the rule.
pub(crate) static PATTERNS: &[Pattern] = &[
    // ---------------------------------------------------------------- share and like widgets
    p(
        Rule::Phrase(Share),
        r"^(share|like|tweet|pin|email|print|save)( (this|it))?( (post|article|page|story|recipe))?( (on|via|with) [\w ]{1,20})?\s*(?::|!|\.|…)*$",
        &["Share this:", "Like this:", "Share", "Tweet", "Print this page", "Share on Facebook", "Share this article"],
        &["She would not share this with anyone.", "I like this idea a lot.", "Share prices fell sharply on Monday."],
    ),
    p(
        Rule::Phrase(Share),
        r"^(%d|\d+) bloggers? likes? this\W*$",
        &["%d bloggers like this:", "12 bloggers like this."],
        &["Many bloggers like this approach because it is simple."],
    ),
    p(
        Rule::Phrase(Share),
        r"^(like|be the first to like this)?\s*(loading|be the first to like this)\W*$",
        &["Like Loading...", "Loading...", "Be the first to like this."],
        &["Loading the truck took three hours."],
    ),
    p(
        Rule::Phrase(Share),
        r"^(click|tap) to (share|email|print|pin|tweet)\b.*$",
        &["Click to share on Twitter (Opens in new window)", "Click to email a link to a friend (Opens in new window)"],
        &["Click on the map to see the route we took through the valley."],
    ),
    p(
        Rule::Phrase(Share),
        r"^(share|spread) (the|this) (love|story|news|word)\W*$|^sharing is caring\W*$|^share (this|the) (link|url)\W*$",
        &["Sharing is caring!", "Share the love", "Share this link"],
        &["Share the load with your partner when you can."],
    ),
    // ---------------------------------------------------------------- comment forms
    p(
        Rule::Phrase(Comments),
        r"^(leave|write) a (reply|comment|response)( cancel reply)?\W*$|^(join the (discussion|conversation)|what do you think\??)\W*$",
        &["Leave a Reply", "Leave a Comment", "Leave a Reply Cancel reply", "Join the discussion"],
        &["Leave a message after the tone, the sign said."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^cancel reply\W*$|^(post|submit|add) comments?\W*$|^(post|add|submit) a (reply|comment|response)\W*$|^(comments?|discussion)\W*$",
        &["Post Comment", "Cancel reply", "Add a comment", "Comments"],
        &["Post the comments to the editor by Friday."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"your email address will not be published|required fields are marked|this site uses akismet to reduce spam",
        &[
            "Your email address will not be published. Required fields are marked *",
            "Required fields are marked *",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        ],
        &["The address of the email server was not published until later."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^save my name,? e-?mail,? and website|^you must be (logged|signed) in to (post|leave) a comment",
        &[
            "Save my name, email, and website in this browser for the next time I comment.",
            "You must be logged in to post a comment.",
        ],
        &["Save my seat, she said, and ran back to the car."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^notify me of (new|follow-?up) (posts|comments|replies)\b",
        &["Notify me of new posts by email.", "Notify me of follow-up comments by email."],
        &["Notify me when the parcel arrives, she told the clerk."],
    ),
    p(
        Rule::Phrase(Comments),
        r#"^(\d+|no|one) (comments?|responses?|replies|thoughts?) (on|to) (?:"|“|‘|'|«).*$|^(\d+|no|one) (comments?|responses?|replies|thoughts?) (on|to) (this|the) (post|article|entry|story|page)\W*$"#,
        &["3 thoughts on “Why we walk”", "One response to \"Hello world\"", "No comments on this post"],
        &["Three thoughts on the matter kept me awake that night, and all of them were about money."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(comment|name|e-?mail|website|url|message)\s*(\(required\))?\s*[*:]*\s*\*?$|^(reply|report|quote|flag)( (comment|post|abuse))?\W*$",
        &["Comment", "Name *", "Email:", "Website", "Reply", "Report abuse"],
        &["Name the three rivers that flow into the lake.", "Reply to the letter within a week."],
    ),
    // ---------------------------------------------------------------- cookie and consent notices
    p(
        Rule::Phrase(Consent),
        r"\b(we|this (web)?site|our (web)?site)( and (our|its) partners)? uses? cookies\b|\bby (continuing|using|browsing) (to (use|browse) )?(this|our|the) (web)?site\b.*\b(agree|accept|consent)|\b(accept|agree to) (the )?(use of )?cookies\b|\bprotected by recaptcha\b",
        &[
            "We use cookies to improve your experience on our site.",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
            "This website uses cookies.",
            "By continuing to use this site you agree to our use of cookies.",
        ],
        &["My grandmother baked cookies every Sunday for the whole street."],
    ),
    p(
        Rule::Phrase(Consent),
        r"^(accept|allow|reject|decline|deny|refuse)( all| selected)?( cookies)?\W*$|^(cookie|privacy) (settings|preferences|consent)\W*$|^manage (cookies|consent|preferences|cookie settings)\W*$|^(i (accept|agree)|got it|ok,? got it|i understand)\W*$|^(strictly necessary|necessary|essential|functional|functionality|targeting|performance|analytics|analytical|marketing|advertising|social media|preference|preferences|statistics)( cookies)$|^always active$|^manage (consent )?preferences$|^about your privacy$|^(your )?privacy (choices|settings)$|^cookie (notice|policy|banner)\W*$",
        &["Accept", "Cookie Notice", "Accept all cookies", "Reject all", "Cookie settings", "Manage preferences", "I agree", "Got it!", "Strictly Necessary Cookies", "Always Active", "Manage Consent Preferences"],
        &["Accept the things you cannot change.", "I agree with most of what he wrote."],
    ),
    // ---------------------------------------------------------------- newsletter and subscribe prompts
    p(
        Rule::Phrase(Newsletter),
        r"^(subscribe|sign[ -]?up|join|register)( here| now| today| free| for free)?(( (to|for))? (our|the|my) ([\w-]+ )?(newsletter|mailing list|updates|blog|email list|emails|digest))?\W*$|^(sign up|subscribe) (to|for) (get|receive)\b.*$",
        &["Subscribe", "Subscribe here", "Sign-Up for Free", "Subscribe now", "Sign up for our newsletter", "Join our mailing list", "Subscribe to our weekly newsletter!"],
        &["Subscribe to the view that all people are equal, he said, and you will go far."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^(enter )?(your )?e-?mail( address)?( here)?\W*$|^(get|receive) (the latest|our (best|latest)|updates|new posts)\b.*\b(inbox|e-?mail)\W*$|^(newsletter|stay (updated|informed|in touch|connected))\W*$",
        &["Enter your email address", "Your email", "Get the latest posts delivered right to your inbox", "Newsletter", "Stay connected"],
        &["Get the latest figures from the office before you decide."],
    ),
    // ---------------------------------------------------------------- log in and sign up
    p(
        Rule::Phrase(Account),
        r"^((log|sign) ?(in|out|up)|register|create (an |your )?account|my account|account|forgot (your )?password\??|lost (your )?password\??|username|password)(\s*(/|\||or|and)\s*((log|sign) ?(in|up)|register|create (an )?account))?\W*$|^join\s*(/|\||or)\s*(log|sign) ?in\W*$",
        &["Log in", "Sign In", "Join / Sign in", "Login / Register", "Sign in or create an account", "Forgot your password?", "My Account"],
        &["Log in to the server with the key we gave you, then run the script."],
    ),
    // ---------------------------------------------------------------- copyright
    p(
        Rule::Phrase(Copyright),
        r"^(copyright|©|\(c\))\s*(©\s*)?(\d{4}|[\w.,&' -]+\d{4})\b.*$|^(proudly )?powered by\b.*$|^(site |web |website |theme )?(design(ed)?|developed|built|made) (with .+ )?by\b.*$",
        &["© 2024 Example Media. All rights reserved.", "Copyright 2019 - 2023 Jane Doe", "Proudly powered by WordPress", "Theme designed by Someone"],
        &["Copyright law protects the expression of ideas, not the ideas themselves."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\ball rights reserved\b",
        &["© 2024 Example Media. All rights reserved.", "All Rights Reserved"],
        &["The right to reserve a table is not a right at all, he said."],
    ),
    // ---------------------------------------------------------------- skip links and page chrome
    p(
        Rule::Phrase(SkipLink),
        r"^(skip|jump) to (the )?(main |primary )?(content|navigation|menu|search|footer|sidebar|main|recipe|video|comments?|reviews?)\W*$|^(toggle|open|close|show|hide) (the )?(main )?(navigation|menu|search|sidebar)\W*$|^(back|scroll|return|go) to (the )?top\W*$",
        &["Skip to content", "Skip to main content", "Jump to Recipe", "Toggle navigation", "Back to top", "Jump to navigation"],
        &["Skip to the end of the story if you already know how it started."],
    ),
    // ---------------------------------------------------------------- pagination
    p(
        Rule::Phrase(Pagination),
        r"^page \d+ of \d+\W*$|^(?:«|‹|←|<)*\s*(next|previous|prev|older|newer|earlier|later)( (posts?|entries|articles|page|comments|stories|items|chapter))?\s*(?:»|›|→|>)*$|^(first|last)( page)?\s*(?:»|›|→|>|«|‹|←|<)*$|^(load|show|view|see) (more|all)( posts| articles| results| comments| stories| items)?\W*$",
        &["Page 2 of 9", "Next »", "« Previous", "Older posts", "Newer Entries", "Load more", "View all"],
        &["The next day we drove to the coast and spent the afternoon swimming."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^((?:«|‹|←|<)\s*)?(\d+|…|\.\.\.)(\s+(\d+|…|\.\.\.))+(\s+(next|»|›|→|>)\W*)?$",
        &["1 2 3 … 9 Next »", "1 2 3 4 5"],
        &["2 4 6 8 are even numbers."],
    ),
    // ---------------------------------------------------------------- post metadata
    p(
        Rule::Phrase(PostMeta),
        r"^(this (entry|post) was )?(posted|filed|published|listed) (in|under):? [^.!?]+$|^(tagged( with)?|tags?|categor(y|ies)|filed under|topics?)\s*:.*$|^tagged\b.*$|^bookmark the permalink\W*$|^permalink\W*$|^sku\s*(#|no\.?)?\s*:.*$",
        &["Posted in News, Politics", "SKU: AB-12 Category: Tools", "Filed under: World", "Tagged Russia, Ukraine", "Tags: diplomacy, NATO", "Categories: Uncategorized"],
        &["Posted in the window was a note that said the shop would close early on Friday because of the storm."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^\d+\s*(min(ute)?s?|hours?)\s*(read|to read|reading time)\W*$|^(reading time|read time)\s*:?\s*\d+\s*(min(ute)?s?)?\W*$",
        &["5 min read", "Reading time: 4 minutes", "12 minutes read"],
        &["5 minutes later we read the letter again."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(by|written by|posted by|words by|story by|author:?|authored by)\s+[^.!?:;]+$|^.*\b\d+ min(ute)?s? read\W*$|^(photo|image|credit|source|photograph|illustration|picture)( by| credit| courtesy| via)?\s*:.*$",
        &["By Jane Doe", "By Jane Doe and John Roe | Updated March 4, 2024", "Jane Doe · 5 min read", "Photo: Jane Doe / Agency", "Image credit: Example Photos"],
        &["By the time we reached the summit, the fog had lifted.", "Photography is my hobby, and I shoot mostly film."],
    ),
    // ---------------------------------------------------------------- read more
    p(
        Rule::Phrase(ReadMore),
        r"^(read|learn|see|find out|discover|view) more( about (this|it|us))?\s*(?:»|›|→|>|…|\.)*$|^continue reading\b.*$|^read (the )?(full|whole|rest of the|entire) (story|article|post|review|text)\W*$|^(click|tap) here( to (read|learn|see|find out) more)?\W*$|^more\s*(?:»|›|→|>|…)+$",
        &["Read more", "Read More »", "Continue reading →", "Continue reading “Why we walk”", "Read the full story", "Learn more", "More »"],
        &["Read more books, my teacher said, and you will write better."],
    ),
    // ---------------------------------------------------------------- lists of social networks
    p(
        Rule::Phrase(Social),
        r"^((facebook|twitter|x|instagram|linkedin|pinterest|youtube|tiktok|reddit|whatsapp|telegram|tumblr|rss|mastodon|threads|snapchat|vk|flickr|discord|messenger|pocket|skype|bluesky|mix|flipboard|google\+?|e-?mail|print|sms|copy link)(?:\s|\||•|·|,|/)*){1,}$|^(follow|find|connect with|join|like) us( on\b.*)?\W*$|^share (on|via|to)\b.*$",
        &["Facebook Twitter LinkedIn Email", "Facebook | Twitter | Instagram", "Follow us", "Follow us on Twitter", "Share via Email"],
        &["Facebook reported higher profits this quarter, the company said."],
    ),
    // ---------------------------------------------------------------- browser notices
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (is|must be|seems to be|appears to be) (disabled|required|turned off|not enabled|off)\b|\byour (web )?browser (does not|doesn't|do not) support\b|\brequires javascript\b",
        &["JavaScript is disabled in your browser.", "Your browser does not support the video tag.", "This site requires JavaScript."],
        &["JavaScript is a programming language that runs in the browser."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"^(please )?(enable|turn on|activate) javascript\b|^you are using an? (outdated|unsupported|old) (web )?browser\b",
        &["Please enable JavaScript to view the comments.", "You are using an outdated browser."],
        &["Please enable the alarm before you leave the house."],
    ),
    // ---------------------------------------------------------------- advertisements
    p(
        Rule::Phrase(Advertisement),
        r"^(advertisement|advertisements|advertising|advert|ads?|sponsored|sponsored (content|post|links?|by .+)|promoted( content| by .+)?|paid (content|post|partnership)|partner content)\W*$|^(story|article) continues below( (the )?advertisement)?\W*$|^(scroll|continue) (down )?(to|for) (continue|content)\W*$",
        &["Advertisement", "ADVERTISEMENT", "Sponsored Content", "Story continues below advertisement", "Ad"],
        &["Advertisement spending rose by a third last year, the report found."],
    ),
    // ---------------------------------------------------------------- related content
    p(
        Rule::Phrase(Related),
        r"^(related|similar|recommended|popular|recent|latest|trending|featured|more|other|top)( (posts?|articles?|stories|news|reads?|content|videos?|items|products|links|topics|reading|from .+|in .+|like this))?\W*$|^you (may|might) (also )?(like|enjoy|be interested in)\W*$|^(most (read|popular|viewed|shared|recent))\W*$|^(don'?t miss|read (next|also|this next)|also read|up next|what to read next|see also|also on .+)\W*$|^((customers|people|shoppers) who (bought|viewed|purchased) this( item| product)? also (bought|viewed|purchased|liked)|(customers|people|shoppers) also (bought|viewed|purchased|liked|searched)|frequently bought together|recently viewed( items| products)?|recommended for you|complete the look|more to (explore|consider)|similar (items|products) (you may|you might) like)\W*$",
        &["Related posts", "Related", "You may also like", "Most popular", "Recent Posts", "Don't miss", "Read next", "More from The Daily", "People who viewed this item also viewed", "Customers also bought", "Frequently bought together", "Recently viewed items"],
        &["Related studies found the same effect in mice and in rats.", "Recent rains have flooded the valley.", "Customers who bought this early were given a refund in May."],
    ),
    // ---------------------------------------------------------------- navigation words
    p(
        Rule::Phrase(Navigation),
        r"^(home|homepage|menu|main menu|navigation|search|search for|search this (site|website|blog)|search results|close|open|about|about us|contact|contact us|sitemap|site map|privacy|privacy policy|terms|terms of (use|service)|terms (and|&) conditions|faq|faqs|help|blog|shop|cart|my cart|basket|checkout|careers|jobs|press|legal|imprint|impressum|accessibility|disclaimer|cookie policy|donate|archives?|categories|tags|meta|links|resources|submit|go|ok|search …|type (your search|and press enter)|press enter to search)\W*$",
        &["Home", "Menu", "Search", "About Us", "Contact", "Privacy Policy", "Terms of Use", "Archives", "Search …"],
        &["Home is where the heart is, and mine is by the sea."],
    ),
    // ---------------------------------------------------------------- calls to action
    p(
        Rule::Phrase(CallToAction),
        r"^(add to (cart|bag|basket|wishlist|wish list|list)|buy (it )?now|order now|shop (now|all|the collection)|book (now|a (call|demo|table|consultation))|get started( (for free|now|today))?|start (your )?free trial|try (it )?(for )?free|sign up (for )?free|contact (sales|us today)|schedule a (call|demo|consultation)|request (an? )?(quote|demo|call ?back|consultation)|(start (your )?|get a |try a )?free trial|notify me( when (it'?s )?available)?|check (the )?price (at|on) .+|pin (it )?for later|apply (now|today)|get in touch|talk to (an? |our )?(experts?|sales|specialists?)|get a (free )?(quote|demo|consultation)|download( (now|for (windows|mac|linux|free)))?|click to expand\.*|ask (a )?question|send feedback|submit (a )?correction|report (this|an?) (article|post|comment|error|issue)|back to (blog|news|articles|all posts|the blog|shop|search results))\W*$",
        &["Add to cart", "Request Demo", "Free trial", "Notify Me", "Check price at REI", "Pin for later", "Add to Bag", "Buy now", "Get started for free", "Contact sales", "Schedule a demo", "Apply Now", "Get in touch", "Click to expand...", "Back to blog", "Send feedback", "Download for Windows"],
        &["Add to the pan two cups of stock and stir.", "Get started early, the guide advised, before the heat of the day."],
    ),
    // ---------------------------------------------------------------- disclosures
    p(
        Rule::Phrase(Disclosure),
        r"^(we|this (site|article|post|page)) (may )?(earns?|receives?) (a )?(small )?(commission|compensation|affiliate)|^(products|items) (are|were) (chosen|selected) independently\b|^(this (post|article|page) )?(may )?contains? affiliate links\b|^as an amazon associate\b",
        &["We may earn commission from links on this page, but we only recommend products we back.", "Products are chosen independently by our editors.", "This post may contain affiliate links.", "As an Amazon Associate I earn from qualifying purchases."],
        &["We earn our living from the sea, the fishermen said."],
    ),
    // ---------------------------------------------------------------- forum and Q&A chrome
    p(
        Rule::Phrase(ForumChrome),
        r"^(new|active|senior|junior|well-known|established|valued|registered|verified|premium|super|elite|distinguished|respected|trusted|contributing|platinum|gold|silver|bronze|regular|honored|expert)( (member|user|contributor|poster|community member))$|^(member|members|moderator|moderators|administrator|admin|staff|author|original poster|guest|offline|online|online now)$",
        &["Well-known member", "New member", "Premium Member", "Member", "Moderator", "Original poster"],
        &["A new member joined the club on Friday and brought cake for everyone."],
    ),
    p(
        Rule::Phrase(ForumChrome),
        r"^(joined|location|messages|posts|threads|reactions?|reaction score|points|likes received|solutions|trophy points|member since|status)\s*:?\s*([\d,.]+[km]?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2},? )?\d{4})?$",
        &["Joined", "Location", "Messages", "Posts: 1", "Reaction score 1,234", "Joined: Mar 2019", "Member since Jan 5, 2020"],
        &["Joined the army at eighteen, he served for ten years."],
    ),
    p(
        Rule::Phrase(ForumChrome),
        r"^((reply|quote|like|report|share|save|follow|edit|delete|flag|permalink|link to post|multi-?quote|bookmark|thanks?|upvote|downvote|award|cite)\s*[+|]?\s*){2,8}$|^improve this (answer|question)$|^(link to (post|comment)|more sharing options\.*|jump to (latest|first unread|new)|hot network questions|(show|load) more (replies|comments|answers)|(\d+ )?repl(y|ies) last reply|viewed [\d,.]+[km]? times|\d+ answers?( \d+)?|sort by\b.*)$",
        &["Reply Quote Like", "Like + Quote Reply", "Save Share", "Improve this answer", "Jump to Latest", "Sort by Oldest first", "Viewed 3k times", "2 Answers 2", "More sharing options...", "1 Reply Last reply"],
        &["Reply to the letter by Friday, and quote the reference number."],
    ),
    // ---------------------------------------------------------------- counters and dates
    p(
        Rule::Counter,
        r"^\d[\d,.]*\s*[km]?\+?\s*(comments?|repl(y|ies)|likes?|shares?|views?|reads?|responses?|votes?|points?|followers?|retweets?|reactions?|answers?|thoughts?|favou?rites?|upvotes?|downvotes?|reviews?|ratings?|posts?|members?|subscribers?)\W*$|^(comments?|likes?|shares?|views?|replies|votes?|reviews?)\s*[:(]?\s*\d[\d,.]*[km]?\)?$|^no (comments?|replies|responses)( yet)?\W*$|^\(?\d[\d,.]*\s*[km]?\+? (customer |user |verified )?(reviews?|ratings?)\)?$|^(rated )?\d(\.\d+)? (out of|/) 5( stars?)?\W*$",
        &["12 comments", "3 likes", "1.2K views", "Comments (4)", "No comments yet", "0 Replies", "(27 customer reviews)", "Rated 4.6 out of 5", "4.5 out of 5 stars"],
        &["12 comments were sent to the committee before the deadline."],
    ),
    p(
        Rule::DateOnly,
        r"^((posted|published|updated|last updated|modified|date|on)\s*(on)?\s*:?\s*)?(((mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?\.?,?\s+)?((jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))(\s*(at|@|,|-|–|\|)?\s*\d{1,2}[:.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?)?\W*$",
        &["January 19, 2022", "Posted on March 3, 2021", "19 January 2022", "2022-01-19", "Mon, Jan 17, 2022 at 3:45 pm", "Updated: 12/01/2023 10:30 EST"],
        &["January 19, 2022 was the day the talks began in Geneva."],
    ),
];

/// The library, compiled once.
///
/// PERF: patterns anchored at the start of every alternative go into one
/// dense DFA, built once, whose anchored search dies within a few bytes on
/// most blocks. An alternative that starts with `^.*` and ends with `$`
/// would keep that search alive to the end of every block (and multiply the
/// states of the DFA), so it is taken out and run backwards from the end of
/// the block instead, where it dies within a few bytes too. The few patterns
/// that can match anywhere are single regexes behind a length and key-word
/// gate, so most blocks never reach them.
///
/// PERF: every search covers a whole block, anchored at its start (or, for
/// a suffix, at its end), so the start state of each DFA is always the same:
/// it is found once here, and a search is a bare walk over the transition
/// table (see [`first_match`]) with none of the per-call set-up of
/// `try_search_fwd` (which cost more than the walk itself on most blocks).
struct Compiled {
    /// The anchored patterns as one dense DFA, built once, without their
    /// suffix alternatives: a search is a table walk per byte, with no cache
    /// and no per-call set-up.
    anchored: DFA<Vec<u32>>,
    /// The start state of `anchored` at the start of a block.
    anchored_start: StateID,
    /// The blocks whose first bytes `anchored` cannot get through: they
    /// skip its walk.
    anchored_gate: PrefixGate,
    /// `anchored` re-packed for its walk; `None` when it does not fit (then
    /// `anchored` is walked).
    anchored_packed: Option<PackedDfa>,
    /// For each pattern of `anchored`, in set order: its position in the
    /// library and its rule.
    anchored_rules: Vec<(usize, Rule)>,
    /// The alternatives of anchored patterns that read `^.*…$`, in library
    /// order.
    suffixes: Vec<Suffix>,
    /// The patterns that may match anywhere, each an unanchored dense DFA
    /// of its own, and its start state.
    ///
    /// PERF: a regex's `is_match` costs some thousand instructions of set-up
    /// per call (its cache pool, the choice of engine) on blocks of a few
    /// dozen bytes; a bare walk over a DFA's table (see [`any_match`]) costs
    /// only its bytes.
    floating: Vec<(Rule, DFA<Vec<u32>>, StateID)>,
    /// The floating patterns as one unanchored DFA, and its start state: a
    /// block it does not match skips them.
    ///
    /// PERF: a block with a key word walked every floating pattern's DFA to
    /// its end (an unanchored search never dies), four walks where one
    /// tells that none matches, as in most such blocks ("browser" and
    /// "cookie" are in prose too).
    floating_any: DFA<Vec<u32>>,
    floating_any_start: StateID,
    /// The shortest text (in bytes) any floating pattern can match: shorter
    /// blocks skip them.
    floating_min_len: usize,
    /// Key words of the floating patterns: a block without any of them
    /// cannot match one, and skips them.
    floating_gate: Gate,
}

impl Compiled {
    /// A block of `len` bytes and `words` words that a floating pattern may
    /// match: the floating patterns read no other block (and
    /// [`english_rule`] reads them only when no anchored pattern matched).
    fn may_float(&self, len: usize, words: u32) -> bool {
        // PERF: menu items and labels (one or two words, most blocks of a
        // page) never reach the key-word gate.
        words >= MIN_FLOATING_WORDS && len <= MAX_PHRASE_BYTES && len >= self.floating_min_len
    }
}

/// An alternative of an anchored pattern that reads `^.*…$`, searched
/// backwards from the end of a block.
struct Suffix {
    /// The position of its pattern in the library.
    position: usize,
    /// The rule of its pattern.
    rule: Rule,
    /// The alternative as a DFA that reads backwards, searched anchored at
    /// the end of the block, and its start state there.
    dfa: DFA<Vec<u32>>,
    start: StateID,
    /// The blocks whose last bytes `dfa` cannot get through.
    gate: PrefixGate,
}

impl Suffix {
    /// True when the alternative matches the whole of `bytes`.
    fn matches(&self, bytes: &[u8]) -> bool {
        self.gate.may_end(bytes) && any_match(&self.dfa, self.start, bytes.iter().rev())
    }
}

/// The key-word gate: finds [`FLOATING_KEYS`] in a block, in any ASCII case.
///
/// PERF: the gate reads every byte of most blocks of three or more words,
/// a tenth of a page's text. A DFA pays a dependent table load per byte;
/// Teddy (aho-corasick's packed searcher) tests 16 or 32 bytes at a time
/// with SIMD, but matches bytes exactly, so it searches for the lowercase
/// keys in a copy of the block folded to lowercase (on the stack: blocks
/// here are at most [`MAX_PHRASE_BYTES`]). Where there is no packed
/// searcher (other than x86-64 and aarch64), a DFA of the keys does the job.
struct Gate {
    /// The lowercase keys, searched for in the folded block.
    packed: Option<packed::Searcher>,
    /// The keys as one unanchored, case-insensitive DFA, and its start
    /// state: the fallback.
    dfa: DFA<Vec<u32>>,
    start: StateID,
}

impl Gate {
    fn new() -> Option<Gate> {
        let keys: Vec<String> = FLOATING_KEYS.iter().map(|k| regex::escape(k)).collect();
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let dfa = dfa(&keys, StartKind::Unanchored)?;
        Some(Gate {
            packed: packed::Searcher::new(FLOATING_KEYS.iter().map(|k| k.to_ascii_lowercase())),
            start: start_state(&dfa, Anchored::No)?,
            dfa,
        })
    }

    /// True when `bytes` holds a key.
    ///
    /// PERF: most blocks that reach the gate are far shorter than
    /// [`MAX_PHRASE_BYTES`]; they are folded in a buffer of
    /// [`GATE_SHORT_BYTES`], whose clearing costs a few stores where the long
    /// one costs a call to `memset`. The block is copied in and the whole
    /// buffer folded: a loop of fixed length folds 16 bytes an instruction,
    /// with no byte-by-byte tail (folding the zeros after the block changes
    /// nothing).
    fn passes(&self, bytes: &[u8]) -> bool {
        let found = match &self.packed {
            Some(packed) if bytes.len() <= GATE_SHORT_BYTES => {
                with_folded::<GATE_SHORT_BYTES, _>(bytes, |b| packed.find(b).is_some())
            }
            Some(packed) => with_folded::<MAX_PHRASE_BYTES, _>(bytes, |b| packed.find(b).is_some()),
            None => None,
        };
        found.unwrap_or_else(|| any_match(&self.dfa, self.start, bytes.iter()))
    }
}

/// `f` of `bytes` in ASCII lowercase, folded in a buffer of `N` bytes;
/// `None` when they do not fit.
fn with_folded<const N: usize, R>(bytes: &[u8], f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let mut buffer = [0u8; N];
    buffer.get_mut(..bytes.len())?.copy_from_slice(bytes);
    for b in buffer.iter_mut() {
        *b = b.to_ascii_lowercase();
    }
    buffer.get(..bytes.len()).map(f)
}

/// A filter in front of the walk of an anchored DFA (the library's forward
/// DFA, and each suffix's DFA, which reads a block backwards from its end):
/// the set of the first [`PREFIX_BYTES`] bytes the DFA reads of a block
/// after which it is still alive,
/// found at build time by walking the DFA from its start state over every
/// class of byte, and kept as a bit per hash (a Bloom filter of one hash).
///
/// PERF: the walk of the anchored DFA took an eighth of `clean_text`'s
/// samples (DESIGN.md, eighth round). Its table is some 3 MB (about 6,000
/// states of 121 byte classes), a page's blocks visit thousands of its
/// states, and each step waits on the load of the step before. Six blocks in
/// ten die within four bytes ("The ", "In 2", "Abou"); the gate answers for
/// them with four loads from a 256-byte table and one from a bit table of
/// 32 KiB, none of which waits on another.
///
/// Exact in one direction: a block it turns away cannot match. A hash may
/// let through a block that dies anyway; the walk then decides. Bytes are
/// folded to ASCII lowercase first (the library is case-insensitive), so
/// that `Share` and `SHARE` share a prefix.
#[derive(Debug)]
struct PrefixGate {
    /// The gate's class of every byte: the DFA's class of the byte folded
    /// to ASCII lowercase.
    classes: [u8; 256],
    /// One bit per hash of [`PREFIX_BYTES`] classes, set when some block
    /// that starts with them keeps the DFA alive. Empty when the gate lets
    /// every block through (see [`PrefixGate::new`]).
    bits: Vec<u64>,
    /// `32 - log2(number of bits)`: the shift that turns a product into a
    /// bit index.
    shift: u32,
}

/// How many bytes of a block [`PrefixGate`] reads.
const PREFIX_BYTES: usize = 4;

/// Most prefixes [`PrefixGate::new`] enumerates before it gives up and lets
/// every block through.
const MAX_PREFIXES: usize = 1 << 20;

impl PrefixGate {
    /// The gate of the anchored `dfa`, whose state at the start of a block is
    /// `start`.
    ///
    /// The gate lets every block through (it is empty) when a match could
    /// end within the first [`PREFIX_BYTES`] bytes of a longer block (the
    /// walk would report it even after the DFA dies), when the DFA has a
    /// quit state, or when it stays alive after more than [`MAX_PREFIXES`]
    /// prefixes: none of these happens with the library, and a unit test
    /// checks that the gate is in force.
    fn new(dfa: &DFA<Vec<u32>>, start: StateID) -> PrefixGate {
        let open = |classes| PrefixGate {
            classes,
            bits: Vec::new(),
            shift: 32,
        };
        let byte_classes = dfa.byte_classes();
        let mut classes = [0u8; 256];
        // One folded byte for each gate class, in class order.
        let mut representatives: Vec<(u8, u8)> = Vec::new();
        for (b, class) in (0..=255u8).zip(classes.iter_mut()) {
            let folded = b.to_ascii_lowercase();
            *class = byte_classes.get(folded);
            if !representatives.iter().any(|&(c, _)| c == *class) {
                representatives.push((*class, folded));
            }
        }
        // Every alive prefix of `PREFIX_BYTES` gate classes, depth first.
        let mut prefixes: Vec<u32> = Vec::new();
        let mut stack: Vec<(StateID, usize, u32)> = vec![(start, 0, 0)];
        while let Some((state, depth, key)) = stack.pop() {
            if depth == PREFIX_BYTES {
                prefixes.push(key);
                if prefixes.len() > MAX_PREFIXES {
                    return open(classes);
                }
                continue;
            }
            for &(class, byte) in &representatives {
                let next = dfa.next_state(state, byte);
                if dfa.is_dead_state(next) {
                    continue;
                }
                if dfa.is_match_state(next) || dfa.is_quit_state(next) {
                    return open(classes);
                }
                stack.push((next, depth + 1, key | u32::from(class) << (8 * depth)));
            }
        }
        // Eight to sixteen bits per prefix (a power of two): for the library,
        // 25,873 prefixes in 2^18 bits (32 KiB), one block in ten that should
        // be turned away is let through.
        let log2 = (prefixes.len().max(1) * 8)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(12, 24);
        let mut gate = PrefixGate {
            classes,
            bits: vec![0; (1usize << log2) / 64],
            shift: 32 - log2,
        };
        for key in prefixes {
            let bit = gate.bit(key);
            if let Some(word) = gate.bits.get_mut(bit / 64) {
                *word |= 1 << (bit % 64);
            }
        }
        gate
    }

    /// The bit of a prefix's key: a multiplicative hash (Knuth's constant).
    #[inline]
    fn bit(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// False when the DFA (which reads forwards) dies within the first
    /// [`PREFIX_BYTES`] bytes of `bytes` without a match: its walk can be
    /// skipped. Blocks shorter than that are always let through.
    #[inline]
    fn may_match(&self, bytes: &[u8]) -> bool {
        bytes
            .first_chunk::<PREFIX_BYTES>()
            .is_none_or(|&first| self.may_pass(first))
    }

    /// [`PrefixGate::may_match`] for a DFA that reads backwards from the end
    /// of `bytes`: its last [`PREFIX_BYTES`] bytes, last first.
    #[inline]
    fn may_end(&self, bytes: &[u8]) -> bool {
        bytes
            .last_chunk::<PREFIX_BYTES>()
            .is_none_or(|&[a, b, c, d]| self.may_pass([d, c, b, a]))
    }

    /// False when the DFA dies on `bytes`, read in this order, from its
    /// start, without a match.
    #[inline]
    fn may_pass(&self, [a, b, c, d]: [u8; PREFIX_BYTES]) -> bool {
        if self.bits.is_empty() {
            return true;
        }
        let class = |x: u8| u32::from(self.classes.get(usize::from(x)).copied().unwrap_or(0));
        let key = class(a) | class(b) << 8 | class(c) << 16 | class(d) << 24;
        let bit = self.bit(key);
        self.bits
            .get(bit / 64)
            .is_none_or(|word| word >> (bit % 64) & 1 != 0)
    }
}

/// The buffer [`Gate::passes`] folds most blocks into.
const GATE_SHORT_BYTES: usize = 64;

/// The blocks of a page that hold a key word of the floating patterns
/// ([`FLOATING_KEYS`]): the key-word gate, run once for the page instead of
/// once per block.
///
/// The page's text, in which each block is followed by `\n` (as in
/// [`crate::segment::Segmented::text`]), is searched in one pass; each
/// match is given to the block that holds it. On CPUs with AVX-512 the
/// search is [`super::key_search`]'s, on the text as it is; elsewhere the
/// text is folded to lowercase and searched by Teddy, which reports matches
/// that do not overlap, so that one key can hide another only where the two
/// overlap, and both then lie in the same block. No key holds a `\n` (a
/// unit test checks it), so none runs from one block into the next. Blocks
/// the floating patterns never read (too short, too long, inside chrome
/// markup) are searched too, and never asked about.
///
/// PERF: a Teddy search on each block of three words or more cost some
/// 350 instructions a block with its set-up, 6.6% of the classifier's
/// instructions (DESIGN.md, tenth round); for the page's blocks together
/// the set-up is paid once. The page is searched whole, where the blocks
/// the floating patterns may read were copied into a buffer one by one
/// (a copy, a length check and two pushes a block): the search reads twice
/// the bytes, and the context-free pass ran 1.05 times as fast (DESIGN.md,
/// fifteenth round). Without the folded copy of the page (a pass over it and
/// an allocation of its size), with AVX-512, 1.085 to 1.090 times as fast
/// again (DESIGN.md, sixteenth round).
#[derive(Debug)]
pub(crate) struct KeyWords {
    /// Where each block with a key starts in the page's text, in order;
    /// `None` where there is no packed searcher (then each block is searched
    /// on its own, by the gate's DFA).
    starts: Option<Vec<usize>>,
}

impl KeyWords {
    /// Searches `page`, the text of a page, for the keys of the blocks of
    /// `spans`: the spans of the blocks the floating patterns may be asked
    /// about, in page order, each followed by `\n` in `page`.
    pub(crate) fn find<'a>(page: &str, spans: impl Iterator<Item = &'a Range<usize>>) -> KeyWords {
        #[cfg(target_arch = "x86_64")]
        if let Some(wide) = crate::features::Wide::detect() {
            let found = wide.run(super::key_search::Search {
                simd: wide.simd(),
                page: page.as_bytes(),
            });
            return KeyWords::holding(found.into_iter(), spans);
        }
        KeyWords::find_folded(page, spans)
    }

    /// [`KeyWords::find`] without AVX-512: the page folded to lowercase,
    /// searched by Teddy.
    fn find_folded<'a>(page: &str, spans: impl Iterator<Item = &'a Range<usize>>) -> KeyWords {
        let Some(packed) = LIBRARY
            .as_ref()
            .and_then(|lib| lib.floating_gate.packed.as_ref())
        else {
            return KeyWords { starts: None };
        };
        let folded = page.to_ascii_lowercase();
        KeyWords::holding(
            packed
                .find_iter(folded.as_bytes())
                .map(|m| m.start()..m.end()),
            spans,
        )
    }

    /// The blocks of `spans` (in page order) that hold one of `found`, the
    /// places of keys in the page, in order of their starts (and so of
    /// their ends: no key holds another, a unit test checks it).
    fn holding<'a>(
        found: impl Iterator<Item = Range<usize>>,
        spans: impl Iterator<Item = &'a Range<usize>>,
    ) -> KeyWords {
        let mut spans = spans.peekable();
        let mut starts: Vec<usize> = Vec::new();
        for found in found {
            // The matches come in page order: the blocks that end before
            // this one are done with.
            while spans.next_if(|span| span.end < found.end).is_some() {}
            if let Some(span) = spans.peek() {
                if span.start <= found.start && starts.last() != Some(&span.start) {
                    starts.push(span.start);
                }
            }
        }
        KeyWords {
            starts: Some(starts),
        }
    }

    /// True when the block that starts at `start` in its page's text, whose
    /// bytes are `bytes`, holds a key.
    fn held(&self, start: usize, bytes: &[u8], gate: &Gate) -> bool {
        match &self.starts {
            Some(starts) => starts.binary_search(&start).is_ok(),
            None => gate.passes(bytes),
        }
    }
}

/// Every floating pattern contains one of these (ASCII case-insensitive);
/// a unit test checks it on every example.
pub(super) const FLOATING_KEYS: [&str; 11] = [
    "recaptcha",
    "will not be published",
    "required fields",
    "akismet",
    "cookie",
    "by continuing",
    "by using",
    "by browsing",
    "rights reserved",
    "javascript",
    "browser",
];

static LIBRARY: Lazy<Option<Compiled>> = Lazy::new(|| {
    let mut forward: Vec<(usize, Rule, String)> = Vec::new();
    let mut suffixes = Vec::new();
    let mut floating = Vec::new();
    for (position, p) in PATTERNS.iter().enumerate() {
        if !is_anchored(p.regex) {
            floating.push(p);
            continue;
        }
        let (ends, starts): (Vec<&str>, Vec<&str>) = alternatives(p.regex)
            .into_iter()
            .partition(|alt| is_suffix(alt) && !has_flags(p.regex));
        if !starts.is_empty() {
            forward.push((position, p.rule, starts.join("|")));
        }
        for alt in ends {
            let dfa = reverse_dfa(alt)?;
            let start = start_state(&dfa, Anchored::Yes)?;
            suffixes.push(Suffix {
                position,
                rule: p.rule,
                gate: PrefixGate::new(&dfa, start),
                dfa,
                start,
            });
        }
    }
    let sources: Vec<&str> = forward.iter().map(|(_, _, re)| re.as_str()).collect();
    let anchored = dfa(&sources, StartKind::Anchored)?;
    let anchored_start = start_state(&anchored, Anchored::Yes)?;
    let floating_sources: Vec<&str> = floating.iter().map(|p| p.regex).collect();
    let floating_any = dfa(&floating_sources, StartKind::Unanchored)?;
    Some(Compiled {
        floating_any_start: start_state(&floating_any, Anchored::No)?,
        floating_any,
        anchored_packed: PackedDfa::new(&anchored, anchored_start),
        anchored_gate: PrefixGate::new(&anchored, anchored_start),
        anchored_start,
        anchored,
        anchored_rules: forward.iter().map(|&(pos, rule, _)| (pos, rule)).collect(),
        suffixes,
        floating_min_len: floating
            .iter()
            .map(|p| min_len(p.regex))
            .min()
            .unwrap_or(Some(0))?,
        floating: floating
            .iter()
            .map(|p| {
                let dfa = dfa(&[p.regex], StartKind::Unanchored)?;
                let start = start_state(&dfa, Anchored::No)?;
                Some((p.rule, dfa, start))
            })
            .collect::<Option<Vec<_>>>()?,
        floating_gate: Gate::new()?,
    })
});

/// An anchored DFA re-packed so that the states a walk visits share few
/// cache lines: two-byte state numbers instead of four, one column per
/// class of ASCII-folded bytes (the DFA is case-insensitive, so `a` and `A`
/// lead to the same state; regex-automata gives them separate classes), the
/// columns of lowercase letters and the space first, in order of their
/// frequency in English text, and the states numbered breadth first from
/// the start, so that the few hundred states near it, which most walks
/// visit, lie together.
///
/// PERF: the dense DFA's table is some 3 MB, and its walk still took a
/// tenth of `clean_text`'s samples behind the [`PrefixGate`]; packed (1.15
/// MB), about a fifteenth (DESIGN.md, eighth round). Each state's row is
/// now compressed ([`Row`]) to sixteen bytes, and only the quarter of the
/// states with more than one next state keep a full row: 385 KB in all,
/// which the second-level cache holds beside the rest. The walk reads a few
/// bytes of most blocks, in states scattered over the table, so what it
/// cost was cache misses more than instructions: it runs 1.8% more
/// instructions this way, and the classifier 1.5 to 3% less time (DESIGN.md,
/// eleventh round).
///
/// States: 0 is the dead state, `1..=last_match` the match states,
/// `last_match + 1..=last_decided` the decided states ([`decided`]), then the
/// others; no pattern matches the empty block, so the start state is neither
/// a match state nor a decided one.
///
/// PERF: a walk that enters a decided state, with no line break ahead,
/// stops there: the block's end matches whatever its bytes after (a
/// pattern that ends in `.*$`, "Copyright 2019 …", "Click to share …").
/// Over the bench's corpus, the walks of a pass take 390,191 steps instead
/// of 425,275, and the test is the compare that found the match states:
/// the context-free pass ran 1.044 and 1.061 times as fast (DESIGN.md,
/// seventeenth round).
#[derive(Debug)]
struct PackedDfa {
    /// The column of every byte.
    columns: [u8; 256],
    /// The transitions of every state.
    rows: Vec<Row>,
    /// The next states of the rows that have more than one, in row order,
    /// then column order.
    targets: Vec<u16>,
    /// The last match state.
    last_match: u16,
    /// The last decided state: `last_match + 1..=last_decided` are the
    /// states from which every block without a line break ahead ends in
    /// the match of their `at_end` (see [`decided`]).
    last_decided: u16,
    /// The start state.
    start: u16,
    /// The pattern of each match state (the one regex-automata reports,
    /// one byte late as it does), by state.
    pattern: Vec<PatternID>,
    /// The pattern matched when the block ends in a state, by state.
    at_end: Vec<Option<PatternID>>,
    /// The state after the first [`STATE_PREFIX`] bytes of a block, by
    /// their columns; `None` when a match state can be reached within them
    /// (then every block is walked from its first byte).
    after_prefix: Option<PrefixStates>,
}

/// The states of a [`PackedDfa`] after every prefix of [`STATE_PREFIX`]
/// columns that leaves it alive: an open-addressing table, at most two
/// thirds full, of the prefixes' keys ([`PrefixStates::key`]) and states.
///
/// PERF: the walk of a block is a chain of dependent loads, each from a
/// table larger than the first-level cache; most blocks that pass the
/// [`PrefixGate`] are not phrases, and their walks die a few bytes after
/// it (90,073 walks and 677,437 steps a pass over the bench's corpus). One
/// load here replaces the first three steps. For the library: 2,055
/// prefixes in 4,096 slots (32 KiB); the context-free pass ran 1.02 to
/// 1.04 times as fast (DESIGN.md, fourteenth round). The states after four
/// bytes (26,844 prefixes, 512 KiB) saved nothing: the table's own misses
/// cost what the steps did.
#[derive(Debug)]
struct PrefixStates {
    /// `(key + 1) << 16 | state` in each used slot, zero in the others.
    slots: Vec<u64>,
    /// `32 - log2(slots)`.
    shift: u32,
}

/// Bits of one column in a [`PrefixStates::key`]: columns are below
/// [`MAX_COLUMNS`], which is below `1 << COLUMN_BITS`.
const COLUMN_BITS: u32 = 7;

/// Bytes of the prefixes of [`PrefixStates`].
const STATE_PREFIX: usize = 3;

impl PrefixStates {
    /// The table of `prefixes`, each a key and the state after it; `None`
    /// when there are more than [`MAX_PREFIXES`].
    fn new(prefixes: &[(u32, u16)]) -> Option<PrefixStates> {
        if prefixes.len() > MAX_PREFIXES {
            return None;
        }
        let log2 = (prefixes.len().max(1) * 3 / 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut table = PrefixStates {
            slots: vec![0; 1 << log2],
            shift: 32 - log2,
        };
        let mask = table.slots.len() - 1;
        for &(key, state) in prefixes {
            let mut i = table.home(key);
            while table.slots.get(i).is_some_and(|&slot| slot != 0) {
                i = (i + 1) & mask;
            }
            *table.slots.get_mut(i)? = (u64::from(key) + 1) << 16 | u64::from(state);
        }
        Some(table)
    }

    /// The key of the columns of a prefix (each below `1 << COLUMN_BITS`).
    #[inline]
    fn key(cols: [u32; STATE_PREFIX]) -> u32 {
        cols.iter().rev().fold(0, |k, &c| k << COLUMN_BITS | c)
    }

    /// The first slot to look in for `key`: a multiplicative hash (Knuth's
    /// constant).
    #[inline]
    fn home(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// The state after the prefix of `key`; the dead state (0) when the
    /// prefix kills the DFA.
    #[inline]
    fn get(&self, key: u32) -> u16 {
        let wanted = u64::from(key) + 1;
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(key);
        // At most two thirds of the slots are used: an empty one ends the
        // probe.
        while let Some(&slot) = self.slots.get(i) {
            if slot == 0 {
                return 0;
            }
            if slot >> 16 == wanted {
                return slot as u16;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// The transitions of one state of a [`PackedDfa`], in sixteen bytes: the
/// set of columns that lead to a live state (at most [`MAX_COLUMNS`]), and
/// where they lead.
///
/// Bit `c` of `low` is column `c` below 64; bit `c - 64` of `high`, column
/// `c` from 64 on. The top 32 bits of `high` are the target: with
/// [`ONE_TARGET`] set, the state every live column leads to (most states
/// are inside a phrase and have one); else where the row's next states
/// start in [`PackedDfa::targets`], one per column.
#[derive(Debug, Clone, Copy, Default)]
struct Row {
    low: u64,
    high: u64,
}

/// Set in a [`Row`]'s target when all the row's live columns lead to one
/// state.
const ONE_TARGET: u32 = 1 << 31;

/// Most columns a [`PackedDfa`] can have: the bits of a [`Row`] below its
/// target.
const MAX_COLUMNS: usize = 96;

impl Row {
    /// `dense`, the next state of every column (0 for the dead state, at
    /// most [`MAX_COLUMNS`] columns), compressed; a row with more than one
    /// next state is copied to `targets`.
    fn of(dense: &[u16], targets: &mut Vec<u16>) -> Option<Row> {
        let mut live = 0u128;
        for (c, &to) in dense.iter().enumerate().take(MAX_COLUMNS) {
            live |= u128::from(to != 0) << c;
        }
        let mut next = dense.iter().copied().filter(|&to| to != 0);
        let first = next.next().unwrap_or(0);
        let target = if next.all(|to| to == first) {
            ONE_TARGET | u32::from(first)
        } else {
            let at = u32::try_from(targets.len())
                .ok()
                .filter(|&at| at < ONE_TARGET)?;
            targets.extend_from_slice(dense);
            at
        };
        Some(Row {
            low: live as u64,
            high: (live >> 64) as u64 | u64::from(target) << 32,
        })
    }
}

/// Lowercase letters and the space by their frequency in English text
/// (Lewand, *Cryptological Mathematics*, 2000), the space first: the columns
/// a walk reads most, packed into the first cache line of each state.
const FREQUENT_BYTES: &[u8; 27] = b" etaoinshrdlcumwfgypbvkjxqz";

impl PackedDfa {
    /// `dfa`, whose start state at the start of a block is `start`, packed;
    /// `None` when it has more than 65,535 states or a quit state.
    fn new(dfa: &DFA<Vec<u32>>, start: StateID) -> Option<PackedDfa> {
        let classes = dfa.byte_classes();
        // Columns: one per class of folded bytes, frequent bytes first.
        let mut columns = [0u8; 256];
        let mut column_of_class: Vec<Option<u8>> = vec![None; classes.alphabet_len()];
        let mut representatives: Vec<u8> = Vec::new();
        let bytes = FREQUENT_BYTES.iter().copied().chain(0..=255u8);
        for b in bytes {
            let class = usize::from(classes.get(b.to_ascii_lowercase()));
            let slot = column_of_class.get_mut(class)?;
            if slot.is_none() {
                *slot = Some(u8::try_from(representatives.len()).ok()?);
                representatives.push(b.to_ascii_lowercase());
            }
        }
        for (b, column) in (0..=255u8).zip(columns.iter_mut()) {
            let class = usize::from(classes.get(b.to_ascii_lowercase()));
            *column = (*column_of_class.get(class)?)?;
        }
        // The index of a state in the DFA's table: its identifier is
        // premultiplied by the stride.
        let index = |s: StateID| s.as_usize() >> dfa.stride2();
        // Every live state, breadth first from the start.
        let mut order = vec![start];
        let mut seen: Vec<bool> = Vec::new();
        *grown(&mut seen, index(start))? = true;
        let mut k = 0;
        while let Some(&state) = order.get(k) {
            k += 1;
            for &b in &representatives {
                let next = dfa.next_state(state, b);
                if dfa.is_quit_state(next) {
                    return None;
                }
                let seen = grown(&mut seen, index(next))?;
                if !dfa.is_dead_state(next) && !*seen {
                    *seen = true;
                    order.push(next);
                }
            }
        }
        // Match states first (after the dead state), then the decided
        // states, each group breadth first.
        let (matching, others): (Vec<StateID>, Vec<StateID>) =
            order.into_iter().partition(|&s| dfa.is_match_state(s));
        // The walk looks ahead for a line break alone (`memchr`): states
        // are decided only when no other byte shares its column.
        let line_break = usize::from(*columns.get(usize::from(b'\n'))?);
        let alone = columns
            .iter()
            .filter(|&&c| usize::from(c) == line_break)
            .count()
            == 1;
        let settled = if alone {
            decided(dfa, &others, &representatives, line_break)
        } else {
            vec![false; others.len()]
        };
        let (mut decided, mut rest) = (Vec::new(), Vec::new());
        for (s, d) in others.into_iter().zip(settled) {
            if d {
                decided.push(s)
            } else {
                rest.push(s)
            }
        }
        let numbered: Vec<StateID> = matching
            .iter()
            .chain(&decided)
            .chain(&rest)
            .copied()
            .collect();
        if numbered.len() >= usize::from(u16::MAX) {
            return None;
        }
        let mut number: Vec<u16> = Vec::new();
        for (&s, n) in numbered.iter().zip(1u16..) {
            *grown(&mut number, index(s))? = n;
        }
        if representatives.len() > MAX_COLUMNS {
            return None;
        }
        let mut rows = vec![Row::default(); numbered.len() + 1];
        let mut targets = Vec::new();
        let mut pattern = vec![PatternID::ZERO; numbered.len() + 1];
        let mut at_end = vec![None; numbered.len() + 1];
        let mut dense = vec![0u16; representatives.len()];
        for (&state, n) in numbered.iter().zip(1usize..) {
            for (slot, &b) in dense.iter_mut().zip(&representatives) {
                let to = dfa.next_state(state, b);
                *slot = number.get(index(to)).copied().unwrap_or(0);
            }
            *rows.get_mut(n)? = Row::of(&dense, &mut targets)?;
            if dfa.is_match_state(state) {
                *pattern.get_mut(n)? = dfa.match_pattern(state, 0);
            }
            let end = dfa.next_eoi_state(state);
            if dfa.is_match_state(end) {
                *at_end.get_mut(n)? = Some(dfa.match_pattern(end, 0));
            }
        }
        let mut packed = PackedDfa {
            columns,
            rows,
            targets,
            last_match: u16::try_from(matching.len()).ok()?,
            last_decided: u16::try_from(matching.len() + decided.len()).ok()?,
            start: *number.get(index(start))?,
            pattern,
            at_end,
            after_prefix: None,
        };
        packed.after_prefix = packed.prefix_states(representatives.len());
        Some(packed)
    }

    /// The table of the states after every prefix of [`STATE_PREFIX`] of
    /// the `columns` columns that leaves the DFA alive, or `None` when a
    /// match state is reached within a prefix (the walk must see it) or
    /// there are too many prefixes.
    fn prefix_states(&self, columns: usize) -> Option<PrefixStates> {
        let columns = u32::try_from(columns).ok()?;
        let mut prefixes: Vec<(u32, u16)> = Vec::new();
        // Depth first: (state, depth, columns so far).
        let mut stack = vec![(self.start, 0usize, [0u32; STATE_PREFIX])];
        while let Some((state, depth, path)) = stack.pop() {
            if depth == STATE_PREFIX {
                prefixes.push((PrefixStates::key(path), state));
                if prefixes.len() > MAX_PREFIXES {
                    return None;
                }
                continue;
            }
            for column in 0..columns {
                let next = self.next(state, column);
                if next == 0 {
                    continue;
                }
                if next <= self.last_match {
                    return None;
                }
                let mut path = path;
                *path.get_mut(depth)? = column;
                stack.push((next, depth + 1, path));
            }
        }
        PrefixStates::new(&prefixes)
    }

    /// What [`first_match`] finds with the DFA this was packed from.
    fn first_match(&self, bytes: &[u8]) -> Option<PatternID> {
        let column = |b: u8| u32::from(self.columns.get(usize::from(b)).copied().unwrap_or(0));
        let (mut state, rest) = match (&self.after_prefix, bytes.split_first_chunk()) {
            (Some(table), Some((&prefix, rest))) => {
                let state = table.get(PrefixStates::key(prefix.map(column)));
                if state == 0 {
                    return None;
                }
                (state, rest)
            }
            _ => (self.start, bytes),
        };
        // The state after the prefix is never a match state. Were it a
        // decided one, the first step leads to another (or, on a line break,
        // to the dead state), and the loop stops there.
        let mut found = None;
        for (k, &b) in rest.iter().enumerate() {
            let column = column(b);
            state = self.next(state, column);
            if state <= self.last_decided {
                if state == 0 {
                    return found;
                }
                if state <= self.last_match {
                    found = self.pattern.get(usize::from(state)).copied();
                } else {
                    let ahead = rest.get(k + 1..).unwrap_or_default();
                    if memchr::memchr(b'\n', ahead).is_none() {
                        return self.at_end.get(usize::from(state)).copied().flatten();
                    }
                    return self.walk_on(state, found, ahead);
                }
            }
        }
        self.at_end
            .get(usize::from(state))
            .copied()
            .flatten()
            .or(found)
    }

    /// The rest of [`PackedDfa::first_match`]'s walk from `state` over
    /// `rest`, with `found` so far, step by step to the end.
    #[cold]
    fn walk_on(
        &self,
        mut state: u16,
        mut found: Option<PatternID>,
        rest: &[u8],
    ) -> Option<PatternID> {
        for &b in rest {
            let column = u32::from(self.columns.get(usize::from(b)).copied().unwrap_or(0));
            state = self.next(state, column);
            if state <= self.last_match {
                if state == 0 {
                    return found;
                }
                found = self.pattern.get(usize::from(state)).copied();
            }
        }
        self.at_end
            .get(usize::from(state))
            .copied()
            .flatten()
            .or(found)
    }

    /// The state after reading a byte of `column` (below [`MAX_COLUMNS`]) in
    /// `state`.
    #[inline]
    fn next(&self, state: u16, column: u32) -> u16 {
        let Some(&Row { low, high }) = self.rows.get(usize::from(state)) else {
            return 0;
        };
        let word = if column < 64 { low } else { high };
        if word >> (column % 64) & 1 == 0 {
            return 0;
        }
        let target = (high >> 32) as u32;
        if target & ONE_TARGET != 0 {
            return target as u16;
        }
        self.targets
            .get((target + column) as usize)
            .copied()
            .unwrap_or(0)
    }
}

/// Which of `states` (none of them a match state) of `dfa` are decided: the
/// end of the block matches there, and every byte leads to a decided state
/// with the same match at the end, but for the bytes of column
/// `line_break` (of `representatives`, one byte each), which may lead to
/// the dead state. From such a state, a block with no line break ahead ends
/// in that match whatever its bytes: the walk stops there.
fn decided(
    dfa: &DFA<Vec<u32>>,
    states: &[StateID],
    representatives: &[u8],
    line_break: usize,
) -> Vec<bool> {
    let at_end = |s: StateID| {
        let end = dfa.next_eoi_state(s);
        dfa.is_match_state(end).then(|| dfa.match_pattern(end, 0))
    };
    let ends: std::collections::HashMap<StateID, PatternID> = states
        .iter()
        .filter_map(|&s| Some((s, at_end(s)?)))
        .collect();
    let mut alive: std::collections::HashSet<StateID> = ends.keys().copied().collect();
    loop {
        let before = alive.len();
        let kept: std::collections::HashSet<StateID> = alive
            .iter()
            .copied()
            .filter(|&s| {
                representatives.iter().enumerate().all(|(column, &b)| {
                    let t = dfa.next_state(s, b);
                    if dfa.is_dead_state(t) {
                        column == line_break
                    } else {
                        alive.contains(&t) && ends.get(&t) == ends.get(&s)
                    }
                })
            })
            .collect();
        alive = kept;
        if alive.len() == before {
            break;
        }
    }
    states.iter().map(|s| alive.contains(s)).collect()
}

/// Element `i` of `v`, which grows to hold it.
fn grown<T: Clone + Default>(v: &mut Vec<T>, i: usize) -> Option<&mut T> {
    if v.len() <= i {
        v.resize(i + 1, T::default());
    }
    v.get_mut(i)
}

/// The start state of `dfa` for a search over a whole block (nothing before
/// it, nothing after it), in `mode`: the same for every block.
fn start_state(dfa: &DFA<Vec<u32>>, mode: Anchored) -> Option<StateID> {
    dfa.start_state(&start::Config::new().anchored(mode)).ok()
}

/// The pattern of the leftmost-first match of the anchored `dfa` on
/// `bytes`, searched from `start`, the state at the start of a block: what
/// `try_search_fwd` finds with an anchored [`regex_automata::Input`] over
/// `bytes`.
///
/// PERF: the bare loop of that search. A DFA reports a match one byte late:
/// entering a match state after byte `i` means a match ended at `i`; the
/// last one seen before the DFA dies is the leftmost-first one. None of the
/// DFAs here has quit bytes (their patterns use ASCII classes only), so a
/// quit state never happens; it would end the search without a match, as the
/// error of `try_search_fwd` does for the caller.
fn first_match(dfa: &DFA<Vec<u32>>, start: StateID, bytes: &[u8]) -> Option<PatternID> {
    let mut sid = start;
    let mut found = None;
    for &b in bytes {
        sid = dfa.next_state(sid, b);
        if dfa.is_special_state(sid) {
            if dfa.is_match_state(sid) {
                found = Some(dfa.match_pattern(sid, 0));
            } else if dfa.is_dead_state(sid) {
                return found;
            } else if dfa.is_quit_state(sid) {
                return None;
            }
        }
    }
    let sid = dfa.next_eoi_state(sid);
    if dfa.is_match_state(sid) {
        found = Some(dfa.match_pattern(sid, 0));
    }
    found
}

/// True when `dfa`, from `start` (its state at the start of the search),
/// reaches a match over `bytes`, read in the order given: what
/// `try_search_fwd` (or `try_search_rev`, `bytes` read backwards) reports as
/// some match over a whole block, by the bare loop of [`first_match`]. Used
/// for the key-word gate (unanchored) and the suffix alternatives (a reverse
/// DFA, anchored at the end of the block): both only ask whether there is a
/// match, so the first match state ends the search.
fn any_match<'a>(dfa: &DFA<Vec<u32>>, start: StateID, bytes: impl Iterator<Item = &'a u8>) -> bool {
    let mut sid = start;
    for &b in bytes {
        sid = dfa.next_state(sid, b);
        if dfa.is_special_state(sid) {
            if dfa.is_match_state(sid) {
                return true;
            } else if dfa.is_dead_state(sid) || dfa.is_quit_state(sid) {
                return false;
            }
        }
    }
    dfa.is_match_state(dfa.next_eoi_state(sid))
}

/// The syntax of every pattern: case-insensitive, on bytes, ASCII classes
/// (`\w`, `\b`, `\s`).
fn syntax_config() -> syntax::Config {
    syntax::Config::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(false)
}

/// The length in bytes of the shortest text `pattern` matches.
fn min_len(pattern: &str) -> Option<usize> {
    syntax::parse_with(pattern, &syntax_config())
        .ok()?
        .properties()
        .minimum_len()
}

/// Compiles patterns into one dense DFA, leftmost-first so that among
/// matches at the same position the earliest pattern wins.
fn dfa(patterns: &[&str], start: StartKind) -> Option<DFA<Vec<u32>>> {
    dense::Builder::new()
        .syntax(syntax_config())
        .thompson(thompson::Config::new().utf8(false))
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .start_kind(start)
                .dfa_size_limit(Some(32 << 20))
                .determinize_size_limit(Some(64 << 20)),
        )
        .build_many(patterns)
        .ok()
}

/// Compiles one pattern into a dense DFA that reads backwards, for searches
/// anchored at the end of the text.
fn reverse_dfa(pattern: &str) -> Option<DFA<Vec<u32>>> {
    dense::Builder::new()
        .syntax(syntax_config())
        .thompson(thompson::Config::new().utf8(false).reverse(true))
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Anchored)
                .dfa_size_limit(Some(32 << 20))
                .determinize_size_limit(Some(64 << 20)),
        )
        .build(pattern)
        .ok()
}

/// The top-level alternatives of `regex`: its parts between `|` outside
/// groups, classes and escapes.
fn alternatives(regex: &str) -> Vec<&str> {
    let bytes = regex.as_bytes();
    let (mut depth, mut in_class, mut escaped) = (0usize, false, false);
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            _ if in_class => {}
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => {
                parts.extend(regex.get(start..i));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.extend(regex.get(start..));
    parts
}

/// True when every top-level alternative of `regex` starts with `^`.
fn is_anchored(regex: &str) -> bool {
    alternatives(regex).iter().all(|alt| alt.starts_with('^'))
}

/// True when an alternative reads `^.*…$`: it can match only at the start,
/// but its end is what decides.
fn is_suffix(alt: &str) -> bool {
    alt.starts_with("^.*") && alt.ends_with('$') && !alt.ends_with("\\$")
}

/// True when `regex` has an inline flag group such as `(?i)`, whose effect
/// may reach across alternatives: such a pattern is never split.
fn has_flags(regex: &str) -> bool {
    regex
        .match_indices("(?")
        .any(|(i, _)| regex.as_bytes().get(i + 2) != Some(&b':'))
}

/// Fewest words of a block that a floating pattern can match: every one is a
/// phrase of at least three words ("we use cookies", "all rights reserved");
/// a unit test checks it on every example.
pub(crate) const MIN_FLOATING_WORDS: u32 = 3;

/// The rule of the first library pattern that matches `text`, which has
/// `words` words, if any: anchored patterns first, then the others, each group
/// in library order.
#[cfg(test)]
pub(crate) fn phrase_rule(text: &str, words: u32, language: Language) -> Option<Rule> {
    let keys = KeyWords::find(text, std::iter::once(&(0..text.len())));
    phrase_rule_in(text, 0, &keys, words, language)
}

/// The rule of the first library pattern that matches `text`, which has
/// `words` words, as `phrase_rule` finds it: the block starts at `start` in
/// its page's text, whose key words are `keys`.
pub(crate) fn phrase_rule_in(
    text: &str,
    start: usize,
    keys: &KeyWords,
    words: u32,
    language: Language,
) -> Option<Rule> {
    if text.len() > MAX_PHRASE_BYTES {
        return None;
    }
    english_rule(text, start, keys, words).or_else(|| match language {
        Language::English => None,
        other => super::locales::phrase_rule(text, other),
    })
}

/// The rule of the first pattern of the English library that matches.
fn english_rule(text: &str, start: usize, keys: &KeyWords, words: u32) -> Option<Rule> {
    let lib = LIBRARY.as_ref()?;
    let bytes = text.as_bytes();
    // Leftmost-first on anchored patterns: the match that wins is the one of
    // the earliest pattern in the library.
    let first = lib
        .anchored_gate
        .may_match(bytes)
        .then(|| match &lib.anchored_packed {
            Some(packed) => packed.first_match(bytes),
            None => first_match(&lib.anchored, lib.anchored_start, bytes),
        })
        .flatten()
        .and_then(|pattern| lib.anchored_rules.get(pattern.as_usize()).copied());
    // A suffix alternative of an earlier pattern wins over that match.
    let before = first.map_or(usize::MAX, |(position, _)| position);
    let suffix = lib
        .suffixes
        .iter()
        .take_while(|suffix| suffix.position < before)
        .find(|suffix| suffix.matches(bytes));
    if let Some(suffix) = suffix {
        return Some(suffix.rule);
    }
    if let Some((_, rule)) = first {
        return Some(rule);
    }
    if !lib.may_float(bytes.len(), words)
        || !keys.held(start, bytes, &lib.floating_gate)
        || !any_match(&lib.floating_any, lib.floating_any_start, bytes.iter())
    {
        return None;
    }
    lib.floating
        .iter()
        .find(|(_, dfa, start)| any_match(dfa, *start, bytes.iter()))
        .map(|(rule, _, _)| *rule)
}

#[cfg(test)]
mod tests {
    use super::{
        alternatives, is_anchored, is_suffix, PrefixStates, LIBRARY, MIN_FLOATING_WORDS, PATTERNS,
    };
    use crate::rule::Rule;

    /// The library as the classifier calls it, with the block's word count.
    fn phrase_rule(text: &str) -> Option<Rule> {
        let words = crate::features::measure(
            text,
            crate::language::Language::English,
            crate::features::Stopwords::Count,
        )
        .words;
        super::phrase_rule(text, words, crate::language::Language::English)
    }

    /// No key holds a line break, so that no key found in a page's blocks
    /// runs from one block into the next (see `KeyWords`).
    #[test]
    fn no_key_word_holds_a_line_break() {
        assert!(super::FLOATING_KEYS.iter().all(|k| !k.contains('\n')));
    }

    /// The page's search finds the blocks that hold a key, as the gate on
    /// each block alone does; a key cut by a block's end is in neither.
    #[test]
    fn key_words_of_a_page_are_those_of_its_blocks() {
        let lib = LIBRARY.as_ref().unwrap();
        let blocks = [
            "We use COOKIES to improve your experience",
            "Plain prose with nothing to see in it at all",
            "All rights",
            "reserved by nobody in particular",
            "Your browser does not support the video tag",
            "by using this site you agree",
            "a block ending in cook",
            "ie but not a cookie across two blocks",
            "Please enable JavaScript",
        ];
        let mut text = String::new();
        let mut starts = Vec::new();
        for b in blocks {
            starts.push(text.len());
            text.push_str(b);
            text.push('\n');
        }
        let spans: Vec<_> = starts
            .iter()
            .zip(blocks)
            .map(|(&s, b)| s..s + b.len())
            .collect();
        // The search of the machine (AVX-512 where it has it), and the
        // folded one.
        for keys in [
            super::KeyWords::find(&text, spans.iter()),
            super::KeyWords::find_folded(&text, spans.iter()),
        ] {
            for (&start, b) in starts.iter().zip(blocks) {
                assert_eq!(
                    keys.held(start, b.as_bytes(), &lib.floating_gate),
                    lib.floating_gate.passes(b.as_bytes()),
                    "{b:?}"
                );
            }
            let held = starts
                .iter()
                .zip(blocks)
                .filter(|(&s, b)| keys.held(s, b.as_bytes(), &lib.floating_gate))
                .count();
            // cookies, browser, by using, cookie, javascript.
            assert_eq!(held, 5);
        }
    }

    /// No key holds another, so that the places of keys in order of their
    /// starts are in order of their ends (see `KeyWords::holding`).
    #[test]
    fn no_key_word_holds_another() {
        for a in super::FLOATING_KEYS {
            for b in super::FLOATING_KEYS {
                assert!(a == b || !a.contains(b), "{a:?} holds {b:?}");
            }
        }
    }

    /// A key in a block that is not searched for (chrome markup) marks
    /// neither that block nor the next, though the page's whole text is
    /// searched.
    #[test]
    fn key_words_of_blocks_left_out_mark_no_block() {
        let lib = LIBRARY.as_ref().unwrap();
        let text = "Accept all cookies\nThe river rose all night long\nEnable JavaScript now\n";
        let (prose, last) = (19..48, 49..70);
        assert_eq!(text.get(..18), Some("Accept all cookies"));
        assert_eq!(
            text.get(prose.clone()),
            Some("The river rose all night long")
        );
        assert_eq!(text.get(last.clone()), Some("Enable JavaScript now"));
        for keys in [
            super::KeyWords::find(text, [&prose, &last].into_iter()),
            super::KeyWords::find_folded(text, [&prose, &last].into_iter()),
        ] {
            let held = |span: &std::ops::Range<usize>| {
                let bytes = text.as_bytes().get(span.clone()).unwrap();
                keys.held(span.start, bytes, &lib.floating_gate)
            };
            assert!(!held(&prose));
            assert!(held(&last));
        }
    }

    #[test]
    fn floating_examples_have_enough_words() {
        for p in PATTERNS.iter().filter(|p| !is_anchored(p.regex)) {
            for m in p.matches {
                let words = crate::features::measure(
                    m,
                    crate::language::Language::English,
                    crate::features::Stopwords::Count,
                )
                .words;
                assert!(words >= MIN_FLOATING_WORDS, "{m:?} has {words} words");
            }
        }
    }
    use regex::bytes::RegexBuilder;

    #[test]
    fn anchoring_is_read_from_every_alternative() {
        assert!(is_anchored(r"^a|^b(c|d)$"));
        assert!(is_anchored(r"^a[|]b\|c"));
        assert!(!is_anchored(r"^a|b"));
        assert!(!is_anchored(r"\bcookies"));
        assert_eq!(
            alternatives(r"^a|(b|c)|[|]\||d"),
            [r"^a", "(b|c)", r"[|]\|", "d"]
        );
        assert!(is_suffix(r"^.*read$"));
        assert!(!is_suffix(r"^.*\$") && !is_suffix(r"^a.*$"));
        let floating = PATTERNS.iter().filter(|p| !is_anchored(p.regex)).count();
        assert!(floating <= 6, "keep floating patterns few: {floating}");
    }

    #[test]
    fn every_floating_example_passes_the_key_word_gate() {
        let lib = LIBRARY.as_ref().unwrap();
        for p in PATTERNS.iter().filter(|p| !is_anchored(p.regex)) {
            for m in p.matches {
                assert!(
                    lib.floating_gate.passes(m.as_bytes()),
                    "{m:?} misses the gate"
                );
            }
        }
    }

    /// The bare DFA walks find what regex-automata's own searches find, and
    /// the gate passes exactly the blocks that hold a key word.
    fn walks_agree_with_searches(text: &str) {
        use regex_automata::dfa::Automaton;
        use regex_automata::{Anchored, Input};
        let lib = LIBRARY.as_ref().unwrap();
        let bytes = text.as_bytes();
        let input = Input::new(bytes).anchored(Anchored::Yes);
        let expected = lib
            .anchored
            .try_search_fwd(&input)
            .unwrap()
            .map(|m| m.pattern());
        let got = super::first_match(&lib.anchored, lib.anchored_start, bytes);
        assert_eq!(got, expected, "{text:?}");
        let packed = lib.anchored_packed.as_ref().unwrap();
        assert_eq!(packed.first_match(bytes), expected, "{text:?}");
        // The prefix gate turns away no block that matches, nor any whose
        // walk lives past the gate's bytes.
        if !lib.anchored_gate.may_match(bytes) {
            assert_eq!(got, None, "{text:?}");
            let mut state = lib.anchored_start;
            for &b in bytes.iter().take(super::PREFIX_BYTES) {
                state = lib.anchored.next_state(state, b);
            }
            assert!(lib.anchored.is_dead_state(state), "{text:?}");
        }
        for suffix in &lib.suffixes {
            let expected = suffix.dfa.try_search_rev(&input).unwrap().is_some();
            assert_eq!(suffix.matches(bytes), expected, "{text:?}");
            let got = super::any_match(&suffix.dfa, suffix.start, bytes.iter().rev());
            assert_eq!(got, expected, "{text:?}");
        }
        for ((_, dfa, start), p) in lib
            .floating
            .iter()
            .zip(PATTERNS.iter().filter(|p| !is_anchored(p.regex)))
        {
            let re = RegexBuilder::new(p.regex)
                .case_insensitive(true)
                .unicode(false)
                .build()
                .unwrap();
            let got = super::any_match(dfa, *start, bytes.iter());
            assert_eq!(got, re.is_match(bytes), "{text:?}");
        }
        let lower = text.to_ascii_lowercase();
        let expected = super::FLOATING_KEYS
            .iter()
            .any(|k| lower.contains(&k.to_ascii_lowercase()));
        let gate = &lib.floating_gate;
        if bytes.len() <= super::MAX_PHRASE_BYTES {
            assert_eq!(gate.passes(bytes), expected, "{text:?}");
        }
        let dfa = super::any_match(&gate.dfa, gate.start, bytes.iter());
        assert_eq!(dfa, expected, "{text:?}");
    }

    /// The prefix gate is in force, and turns away ordinary text whose
    /// first bytes start no pattern; it lets through what may match.
    /// The table of the states after the first bytes is in force, and
    /// holds exactly the prefixes that leave the DFA alive, each with the
    /// state the walk reaches.
    #[test]
    fn prefix_states_are_those_of_the_walk() {
        let packed = LIBRARY.as_ref().unwrap().anchored_packed.as_ref().unwrap();
        let table = packed.after_prefix.as_ref().expect("the table is in force");
        let columns = packed
            .columns
            .iter()
            .map(|&c| u32::from(c) + 1)
            .max()
            .unwrap();
        let mut alive = 0;
        for a in 0..columns {
            for b in 0..columns {
                for c in 0..columns {
                    let walked =
                        [a, b, c]
                            .iter()
                            .fold(packed.start, |state, &column| match state {
                                0 => 0,
                                _ => packed.next(state, column),
                            });
                    assert!(walked == 0 || walked > packed.last_match);
                    alive += usize::from(walked != 0);
                    assert_eq!(table.get(PrefixStates::key([a, b, c])), walked);
                }
            }
        }
        assert!(alive > 0);
        assert_eq!(table.slots.iter().filter(|&&slot| slot != 0).count(), alive);
    }

    #[test]
    fn prefix_gate_turns_away_prose() {
        let gate = &LIBRARY.as_ref().unwrap().anchored_gate;
        assert!(!gate.bits.is_empty());
        for prose in [
            "The committee met on Monday.",
            "In 2019 the river flooded the town.",
            "Water levels rose overnight.",
        ] {
            assert!(!gate.may_match(prose.as_bytes()), "{prose:?}");
        }
        for chrome in [
            "Share this:",
            "SHARE THIS:",
            "Leave a Reply",
            "12 comments",
            "abc",
        ] {
            assert!(gate.may_match(chrome.as_bytes()), "{chrome:?}");
        }
        // The suffixes' gates read blocks from their end.
        let suffixes = &LIBRARY.as_ref().unwrap().suffixes;
        assert!(!suffixes.is_empty());
        for suffix in suffixes {
            assert!(!suffix.gate.bits.is_empty());
            assert!(!suffix.gate.may_end(b"The committee met on Monday."));
            assert!(suffix.gate.may_end(b"ab"));
        }
        assert!(suffixes
            .iter()
            .any(|s| s.gate.may_end(b"Weather - 5 min read")));
    }

    /// Walks end early in decided states, as the searches end: blocks
    /// whose pattern ends in `.*$`, with more text after the phrase or
    /// none, and with a line break after it, which `.` does not match.
    #[test]
    fn walks_stop_in_decided_states() {
        let packed = LIBRARY.as_ref().unwrap().anchored_packed.as_ref().unwrap();
        assert!(packed.last_decided > packed.last_match);
        for text in [
            "Click to share on Twitter (Opens in new window)",
            "Copyright 2019 Jane Doe. All rights reserved.",
            "Powered by WordPress",
            "Tagged: news, weather",
            "Photo: Jane Doe / Agency",
            "Share on Facebook",
        ] {
            for tail in ["", " and more words", "!", "\n", "\nmore", " more\nwords"] {
                walks_agree_with_searches(&format!("{text}{tail}"));
            }
        }
    }

    #[test]
    fn walks_agree_on_every_example() {
        for p in PATTERNS {
            for text in p.matches.iter().chain(p.rejects) {
                walks_agree_with_searches(text);
                walks_agree_with_searches(&text.to_uppercase());
            }
        }
        walks_agree_with_searches("");
    }

    proptest::proptest! {
        /// The packed walk and the gates on any text, printable ASCII or
        /// any characters, and on the library's examples in random case
        /// with random text after them (a match, then a walk that goes on
        /// or dies).
        #[test]
        fn walks_agree_on_any_text(
            ascii in "[ -~]{0,40}",
            any in "\\PC{0,24}",
            example in proptest::sample::select(
                PATTERNS.iter().flat_map(|p| p.matches.iter().copied()).collect::<Vec<_>>()
            ),
            case in proptest::num::u64::ANY,
            tail in "[ -~]{0,6}",
        ) {
            walks_agree_with_searches(&ascii);
            walks_agree_with_searches(&any);
            let mixed: String = example
                .chars()
                .enumerate()
                .map(|(k, c)| if case >> (k % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            walks_agree_with_searches(&mixed);
            walks_agree_with_searches(&(mixed + &tail));
        }

        #[test]
        fn walks_agree_on_phrase_like_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "share", "Like", "this", "post", " ", ":", "!", ".", "…", "»", "5", "2024",
                    "min", "read", "By", "Jane", "Doe", "cookie", "COOKIES", "we use", "rights",
                    "reserved", "All", "javascript", "browser", "é", "\n", "of", "the",
                    "by continuing", " to use ", "this site", "agree", "protected by recaptcha",
                    "does not support", "your browser", "is disabled", "akismet", "will not be published",
                ]),
                0..10,
            ),
            tail in "\\PC{0,6}",
        ) {
            walks_agree_with_searches(&(parts.concat() + &tail));
        }
    }

    #[test]
    fn every_family_has_a_pattern() {
        for family in crate::rule::Family::ALL {
            assert!(
                PATTERNS
                    .iter()
                    .any(|p| p.rule == crate::rule::Rule::Phrase(family)),
                "no pattern for {}",
                family.name()
            );
        }
    }

    #[test]
    fn the_library_compiles() {
        assert!(LIBRARY.is_some());
        for p in PATTERNS {
            assert!(
                RegexBuilder::new(p.regex)
                    .case_insensitive(true)
                    .unicode(false)
                    .build()
                    .is_ok(),
                "{}",
                p.regex
            );
        }
    }

    #[test]
    fn every_pattern_matches_its_examples() {
        for p in PATTERNS {
            assert!(!p.matches.is_empty(), "{} has no examples", p.regex);
            let re = RegexBuilder::new(p.regex)
                .case_insensitive(true)
                .unicode(false)
                .build()
                .unwrap();
            for m in p.matches {
                assert!(re.is_match(m.as_bytes()), "{} must match {m:?}", p.rule);
                assert!(phrase_rule(m).is_some(), "{m:?} must be boilerplate");
            }
        }
    }

    #[test]
    fn no_pattern_matches_ordinary_sentences() {
        for p in PATTERNS {
            assert!(!p.rejects.is_empty(), "{} has no counter-examples", p.regex);
            for r in p.rejects {
                assert_eq!(
                    phrase_rule(r),
                    None,
                    "{r:?} must stay (listed under {})",
                    p.rule
                );
            }
        }
    }
}
