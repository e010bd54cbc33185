web-language-name = English
web-site-name = Mahdollisuudet käyttöön!
web-site-description = The organisations of the Lahti region in one place: who does what, for whom, and open work-trial, wage-subsidy and other places.
web-nav-label = Main menu
web-nav-home = Home
web-nav-organisations = Organisations
web-nav-places = Open places
web-nav-about = About the network
web-skip = Skip to content
web-footer = The Mahdollisuudet käyttöön! network, Lahti region. These pages show only what the organisations have published themselves. No cookies, no tracking.
web-feed-title = Open places – Mahdollisuudet käyttöön!
web-feed-link = Open places as a JSON feed for other websites
web-search-label = Search
web-search-words = Search words
web-search-placeholder = for example young people animals
web-search-button = Search
web-filter-municipality = Municipality
web-filter-target = For whom
web-filter-kind = Type of place
web-filter-any = All
web-front-title = What do the organisations in the region do – and where are there open places?
web-front-intro = Here you can see what the organisations in the Lahti region do and who they are for. Each organisation is presented in the same way. You also find open work-trial, wage-subsidy, volunteering and other places here. Search with words, or choose a municipality and who the activities are for.
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
web-search-none-hint = Try other words or remove some choices. The network's staff can also help you find a place that fits.
web-organisations-title = Organisations
web-organisations-intro = Every organisation is presented in the same way: what it does, for whom, where, and how to reach it.
web-organisations-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisations
  }
web-organisations-none = No organisations match these choices.
web-profile-updated = Updated { $date }
web-profile-places = Open places ({ $count })
web-profile-no-places = The organisation has no open places right now.
web-places-title = Open places
web-places-intro = Places for work trials, wage-subsidised work, rehabilitative work activity, volunteering and apprenticeships. An announcement disappears by itself when applications close.
web-places-count = { $count ->
    [one] 1 open place
   *[other] { $count } open places
  }
web-places-none = There are no open places that match these choices right now.
web-kind-explained-work_trial = In a work trial you can find out whether a job or a field suits you. You are not employed. The trial is agreed with the employment services (TE services).
web-kind-explained-wage_subsidy = Wage-subsidised work is a real job with an employment contract. The employer gets support towards the wage costs.
web-kind-explained-rehabilitative = Rehabilitative work activity is easy to join. It supports everyday life and the ability to work. It is agreed with social services.
web-kind-explained-volunteering = In volunteering you help others because you want to. It is not paid.
web-kind-explained-apprenticeship = In an apprenticeship you study for a trade while you work. You are employed during it.
web-about-title = About the network
web-about-1 = Mahdollisuudet käyttöön! is a network of organisations, public services and companies in the Lahti region. It started from workshops in 2014. People there asked for a shared portal where everyone is presented in the same way – not just a list of links.
web-about-2 = Organisations write and update their profiles themselves in the network's chat bot. The network's staff check each profile before it is published. Organisations also announce their open places themselves. A place disappears from these pages by itself when applications close.
web-about-join-title = Joining the network
web-about-join = Your organisation can join through the network's Telegram bot. First give your organisation's name with /organisation. Then fill in the profile with /profile.
web-about-privacy-title = Privacy
web-about-privacy = These pages have no cookies, no login and no tracking. They show only what organisations meant to be public – never anything about clients or private persons.
web-about-words-title = Words explained
web-not-found-title = Page not found
web-not-found = The page does not exist, or the place is no longer open.
web-pages-label = Pages
web-page-previous = ← Previous
web-page-next = Next →
web-page-of = Page { $page } of { $pages }
web-nav-achieved = What we achieved
web-achieved-title = What the network achieved
web-achieved-intro = Here are the network's figures for the period you choose: help requests, joint purchases and the money they saved, activity, and how many people got the weekly digest. For comparison, you also see the period of the same length just before. Counts only, no names.
web-achieved-form-label = Choose a period
web-achieved-period = Period
web-achieved-choice-12kk = The last 12 months
web-achieved-choice-kuukausi = This month
web-achieved-choice-kvartaali = This quarter
web-achieved-choice-vuosi = This year
web-achieved-choice-oma = Your own dates (from and to)
web-achieved-from = From
web-achieved-to = To
web-achieved-custom-hint = From and to are used only when you choose your own dates. They can cover at most { $days } days. Days are in Finnish time.
web-achieved-show = Show the figures
web-achieved-error-format = Type the start and end of your own dates as dates, for example 1.1.2026 and 30.6.2026. Below are the figures for the last 12 months.
web-achieved-error-invalid = Those dates do not work. Check them, and check that the end is not before the start. Below are the figures for the last 12 months.
web-achieved-error-too_long = Your own dates can cover at most { $days } days. Below are the figures for the last 12 months.
web-achieved-period-title = Period { $period }
web-achieved-previous = Compared with the period before: { $period }.
web-achieved-small = In breakdowns, counts below three are shown as “< 3” so that nobody can be recognised. If a small count could then be worked out from the total, the next smallest is shown as “hidden” too.
web-achieved-csv = Download the figures as a CSV file
web-achieved-charts-title = In pictures
web-achieved-charts-intro = Under each picture, the same figures are also shown as a table.
web-achieved-chart-alt = Chart: { $title }. The figures are in a table below the picture.
web-achieved-chart-table = The picture's figures as a table: { $title }
web-achieved-png = PNG image
