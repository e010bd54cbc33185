web-language-name = English
web-site-name = Mahdollisuudet käyttöön!
web-site-description = The organisations of the Lahti region in one place: who does what, for whom, and open work-trial, wage-subsidy and other places.
web-nav-label = Main menu
web-nav-home = Home
web-nav-organisations = Organisations
web-nav-places = Open places
web-nav-about = About the network
web-skip = Skip to content
web-footer = The Mahdollisuudet käyttöön! network, Lahti region. These pages show only what organisations have published themselves. No cookies, no tracking.
web-feed-title = Open places – Mahdollisuudet käyttöön!
web-feed-link = Open places as a JSON feed for other sites
web-search-label = Search
web-search-words = Search words
web-search-placeholder = e.g. young people animals
web-search-button = Search
web-filter-municipality = Municipality
web-filter-target = For whom
web-filter-kind = Type of place
web-filter-any = All
web-front-title = What do the region's organisations do – and where are there open places?
web-front-intro = Here you find the work of the Lahti region's organisations, each presented the same way, and open work-trial, wage-subsidy, volunteering and other places. Search with words or filter by municipality and target group.
web-front-latest = Newest open places ({ $count })
web-all-places = All open places
web-all-organisations = All organisations ({ $count })
web-search-title = Search
web-search-title-words = Search: { $words }
web-search-results = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
  }
web-search-none = The search found no organisations or places.
web-search-none-hint = Try other words or remove filters. The network's staff also help find a place that fits.
web-organisations-title = Organisations
web-organisations-intro = Every organisation is presented the same way: what it does, for whom, where, and how to reach it.
web-organisations-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
  }
web-organisations-none = No organisations with these filters.
web-profile-updated = Updated { $date }
web-profile-places = Open places ({ $count })
web-profile-no-places = The organisation has no open places right now.
web-places-title = Open places
web-places-intro = Places for work trials, wage-subsidised work, rehabilitative work activity, volunteering and apprenticeships. An announcement disappears by itself when applications close.
web-places-count = { $count ->
    [one] 1 open place
   *[other] { $count } open places
  }
web-places-none = There are no open places with these filters right now.
web-kind-explained-work_trial = In a work trial you try out a job and a field without employment; the employment services agree on the trial.
web-kind-explained-wage_subsidy = Wage-subsidised work is real employment for which the employer gets support towards the wages.
web-kind-explained-rehabilitative = Rehabilitative work activity is low-threshold activity supporting everyday life and the ability to work; it is agreed with social services.
web-kind-explained-volunteering = Volunteering is unpaid activity for others, done of one's own will.
web-kind-explained-apprenticeship = In an apprenticeship you study for a trade alongside work, in employment.
web-about-title = About the network
web-about-1 = Mahdollisuudet käyttöön! is a network of third-sector organisations, public actors and companies in the Lahti region. It was born in workshops in 2014, which asked for a shared portal: every actor presented the same way, not just links.
web-about-2 = Organisations fill in and update their profiles themselves in the network's chat bot, and the network's staff check them before they are published. Organisations announce open places themselves, and a place disappears by itself when applications close.
web-about-join-title = Joining the network
web-about-join = Your organisation can join in the network's Telegram bot: give your organisation's name with /organisaatio and fill in the profile with /jarjesto.
web-about-privacy-title = Privacy
web-about-privacy = These pages have no cookies, no login and no tracking. They show only what organisations meant to be public – never anything about clients or private persons.
web-about-words-title = Words
web-not-found-title = Page not found
web-not-found = The page does not exist, or the place is no longer open.
web-pages-label = Pages
web-page-previous = ← Previous
web-page-next = Next →
web-page-of = Page { $page } of { $pages }
web-nav-achieved = What we achieved
web-achieved-title = What the network achieved
web-achieved-intro = The network's figures for the chosen period and the period of the same length before it: help requests, joint purchases and what they saved, activity and the reach of the weekly digest. Counts only, no names.
web-achieved-form-label = Choose a period
web-achieved-period = Period
web-achieved-choice-12kk = The last 12 months
web-achieved-choice-kuukausi = This month
web-achieved-choice-kvartaali = This quarter
web-achieved-choice-vuosi = This year
web-achieved-choice-oma = Your own dates (from and to)
web-achieved-from = From
web-achieved-to = To
web-achieved-custom-hint = From and to are used for your own dates only, at most { $days } days. Days in Finnish time.
web-achieved-show = Show the figures
web-achieved-error-format = Give the start and end of your own dates as dates, e.g. 1.1.2026 and 30.6.2026. Below are the figures of the last 12 months.
web-achieved-error-invalid = Those dates do not work: check them, and that the end is not before the start. Below are the figures of the last 12 months.
web-achieved-error-too_long = Your own dates can cover at most { $days } days. Below are the figures of the last 12 months.
web-achieved-period-title = Period { $period }
web-achieved-previous = Compared with the period before, { $period }.
web-achieved-small = In breakdowns, counts below three are shown as "< 3" so that nobody can be recognised.
web-achieved-csv = Download the figures as a CSV file
web-achieved-charts-title = In pictures
web-achieved-charts-intro = The figures of each picture are also in a table below it.
web-achieved-chart-alt = Chart: { $title }. The figures are in a table below the picture.
web-achieved-chart-table = The picture's figures as a table: { $title }
web-achieved-png = PNG image
