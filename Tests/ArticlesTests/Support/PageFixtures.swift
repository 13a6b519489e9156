import Foundation

/// Web pages written for these tests in the shapes real news sites use.
enum PageFixtures {
    /// A modern news page: cookie banner, header and navigation, an `<article>` with byline,
    /// share bar, figure and caption, an inline "Read more" teaser, a newsletter box, a related
    /// list, then comments, a most-read list and a footer. Metadata in Open Graph and JSON-LD.
    static let newsArticle = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Harbour bridge reopens after repairs | The Daily Courier</title>
        <meta property="og:title" content="Harbour bridge reopens after two years of repairs">
        <meta property="og:site_name" content="The Daily Courier">
        <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
        <link rel="canonical" href="https://courier.example/news/harbour-bridge-reopens">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Courier"},
         {"@type":"NewsArticle","headline":"Harbour bridge reopens after two years of repairs",
          "author":[{"@type":"Person","name":"Maria Lopez"}],"datePublished":"2024-03-05T08:30:00+01:00",
          "publisher":{"@type":"Organization","name":"The Daily Courier"}}]}
        </script>
        <script>window.dataLayer = [{"page":"article"}]; if (a < b && c > d) { document.write("<p>tracking</p>"); }</script>
        <style>.story p { margin: 0 } /* <p>not text</p> */</style>
        </head><body>
        <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site. <button>Accept all</button></div>
        <header class="site-header"><a href="/">The Daily Courier</a>
          <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav>
        </header>
        <main>
        <article class="story">
          <h1>Harbour bridge reopens after two years of repairs</h1>
          <p class="byline">By <a rel="author" href="/staff/maria">Maria Lopez</a></p>
          <time datetime="2024-03-05T08:30:00+01:00">5 March 2024</time>
          <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
          <figure><img src="bridge.jpg" alt=""><figcaption>The bridge at dawn. Photograph: J. Smith/Agency</figcaption></figure>
          <div class="story-body">
            <p>The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it to replace corroded cables, the city council said.</p>
            <p>Commuters queued from six o&#8217;clock to be among the first to cross, and the mayor, Ana Torres, cut a ribbon at the northern end shortly after seven.</p>
            <p><strong>Read more:</strong> <a href="/news/cables">Why the bridge cables failed so early</a></p>
            <p>The repairs cost &euro;84&nbsp;million, almost twice the original estimate, after inspectors found damage in the foundations as well as in the cables.</p>
            <div class="newsletter-signup"><h3>Sign up for the morning briefing</h3><p>Get the news you need, every weekday at 7am, straight to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
            <h2>Traffic expected to ease</h2>
            <p>Transport officials expect journey times across the city centre to fall by a quarter now that the bridge carries four lanes again, though buses will keep their temporary routes until April.</p>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves budget for next year</a></li><li><a href="/b">Ferry timetable changes from Monday</a></li><li><a href="/c">New cycle lanes planned for the centre</a></li></ul></aside>
            <p>&ldquo;It feels like the city has been stitched back together,&rdquo; said Tomas Berg, a taxi driver who said the closure had added an hour to his working day.</p>
          </div>
        </article>
        <section id="comments" class="comments"><h2>Comments</h2>
          <div class="comment"><p>Great news, finally! It took them long enough to fix it and I hope it lasts this time around.</p></div>
          <div class="comment"><p>What a waste of money, the old ferry was better and cheaper for everyone involved, in my view.</p></div>
        </section>
        </main>
        <div class="most-read"><h2>Most read</h2><ol><li><a href="/1">Storm warning issued for the coast tonight</a></li><li><a href="/2">Local team wins cup final in extra time</a></li></ol></div>
        <footer class="site-footer"><p>&copy; 2024 The Daily Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """

    /// The story paragraphs of `newsArticle`, in order, as a reader sees them.
    static let newsArticleBody = [
        "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it to replace corroded cables, the city council said.",
        "Commuters queued from six o\u{2019}clock to be among the first to cross, and the mayor, Ana Torres, cut a ribbon at the northern end shortly after seven.",
        "The repairs cost \u{20AC}84 million, almost twice the original estimate, after inspectors found damage in the foundations as well as in the cables.",
        "Traffic expected to ease",
        "Transport officials expect journey times across the city centre to fall by a quarter now that the bridge carries four lanes again, though buses will keep their temporary routes until April.",
        "\u{201C}It feels like the city has been stitched back together,\u{201D} said Tomas Berg, a taxi driver who said the closure had added an hour to his working day.",
    ]

    /// An older layout: no `<article>`, no Open Graph, tables for columns, the story as text
    /// separated by `<br><br>` in a `div`, a sidebar of links, an advert and a photo credit.
    static let legacyLayout = """
        <html><head><title>Turnout rises in valley council election - Valley Gazette</title>
        <meta name="author" content="Peter Hall">
        <meta name="date" content="2023-11-02">
        </head>
        <body bgcolor="white">
        <table width="100%"><tr>
        <td class="leftnav" width="150">
          <a href="/">Home</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a><br><a href="/weather">Weather</a><br>
          <a href="/archive">Archive</a><br><a href="/contact">Contact us</a>
        </td>
        <td class="main">
          <h1>Turnout rises in valley council election</h1>
          <div class="text">
          Turnout in the valley council election rose to 48 per cent, the highest in two decades, according to figures published by the returning officer on Thursday.<br><br>
          Officials credited a new polling station in the village hall at Millbrook, which cut the walk to vote for hundreds of residents, and longer opening hours on the day.<br><br>
          Photo: Valley Gazette<br><br>
          The independent group kept control of the council, winning nine of the fifteen seats, while the Greens took two seats for the first time in the council's history.<br>
          </div>
          <div class="advertisement">Advertisement<br><a href="http://ads.example/click">Cheap flights to the sun, book now</a></div>
        </td>
        <td class="sidebar" width="200"><b>Latest</b><br>
          <a href="/s1">School roof repaired before winter arrives</a><br>
          <a href="/s2">Market moves to new square for good</a><br>
          <a href="/s3">Library extends opening hours at weekends</a>
        </td>
        </tr></table>
        <div class="footer">Valley Gazette, 12 High Street. <a href="/terms">Terms</a></div>
        </body></html>
        """

    /// A page whose story is drawn by scripts: the markup holds a shell, JSON-LD holds the text.
    static let scriptRendered = """
        <!doctype html><html><head><title>Rail strike called off</title>
        <script type="application/ld+json">
        {"@type":"NewsArticle","headline":"Rail strike called off after late-night talks",
         "articleBody":"A national rail strike planned for Monday has been called off after talks that ran past midnight, the union said.\\nThe agreement includes a pay rise of four per cent this year and a review of rosters, according to a joint statement.\\nPassengers were advised to check timetables, as some early services had already been cancelled.",
         "datePublished":"2024-06-01T06:00:00Z","author":{"@type":"Person","name":"Sam Okafor"}}
        </script></head>
        <body><div id="root"></div><noscript>Please enable JavaScript to read this article.</noscript>
        <div class="footer"><a href="/about">About</a> <a href="/jobs">Jobs</a></div></body></html>
        """

    /// A story split into several containers with the same class around an advert and an
    /// embedded social post, as many CMSs render it; a "next story" follows after a new `<h1>`.
    static let splitStory = """
        <html><head><meta property="og:title" content="Wildfire season starts early in the south"></head><body>
        <div class="page">
          <h1>Wildfire season starts early in the south</h1>
          <div class="article-text">
            <p>Firefighters in the south were put on alert on Friday as the wildfire season began three weeks earlier than usual, after a dry spring and record April heat.</p>
            <p>Crews have already tackled more than forty small fires this month, most of them started by farm machinery or discarded cigarettes, officials said.</p>
          </div>
          <div class="ad-slot" id="ad-1"><iframe src="https://ads.example/frame"></iframe></div>
          <blockquote class="twitter-tweet"><p>Crews are working through the night on the hills above Sandford. Please stay away from the area.</p>&mdash; County Fire Service (@countyfire) May 3, 2024</blockquote>
          <div class="article-text">
            <p>The regional authority has banned barbecues in forests and parks until further notice, and will fine anyone found lighting fires in the open.</p>
            <p>Forecasters expect temperatures to stay above thirty degrees for at least another week, with no significant rain before the end of the month.</p>
          </div>
        </div>
        <div class="next-story">
          <h1>Museum reopens its west wing</h1>
          <div class="article-text">
            <p>The city museum reopened its west wing on Saturday after a renovation that took four years and revealed a medieval wall behind the plaster.</p>
            <p>Visitors can now see the wall through a glass floor in the entrance hall, along with coins found during the works.</p>
          </div>
        </div>
        </body></html>
        """
}
