hello = Hello
count = { $n ->
    [one] one
    [1] exactly one
    [1.0] one again
    [one] still one
   *[other] many
}
button = Show
    .title = Show all
    .title = Show everything
