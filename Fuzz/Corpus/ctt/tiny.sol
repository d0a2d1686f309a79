c1 r1 0 1
c1 r2 1 0
c1 r1 2 3
c2 r2 0 2
c2 r1 4 0
