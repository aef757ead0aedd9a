a = A { b }
b = B { a }
c = { c }!
fine = { a-ok } and { a-ok }
a-ok = ok
