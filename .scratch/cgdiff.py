import re,sys
def load(p):
    d={}
    for line in open(p):
        m=re.match(r'\s*([\d,]+)\s+\([^)]*\)\s+(.*)$',line)
        if m and 'PROGRAM TOTALS' not in m.group(2):
            name=m.group(2)
            name=re.sub(r'\s*\[[^\]]*\]$','',name)
            name=re.sub(r'^\?\?\?:','',name)
            name=re.sub(r'<[^<>]*>','<>',name) if len(name)>120 else name
            d[name]=d.get(name,0)+int(m.group(1).replace(',',''))
    return d
def per(v):
    a=load(f'cg-{v}-1000.txt'); b=load(f'cg-{v}-4000.txt')
    return {k:(b.get(k,0)-a.get(k,0))/3000 for k in set(a)|set(b)}
A=per(sys.argv[1]); B=per(sys.argv[2])
print('total', sys.argv[1], round(sum(A.values())), sys.argv[2], round(sum(B.values())))
rows=sorted(((B.get(k,0)-A.get(k,0),A.get(k,0),B.get(k,0),k) for k in set(A)|set(B)),reverse=True)
for d,a,b,k in rows[:int(sys.argv[3]) if len(sys.argv)>3 else 45]: print(f'{d:9.0f} {a:9.0f} {b:9.0f}  {k[:150]}')
print('...most negative')
for d,a,b,k in rows[-8:]: print(f'{d:9.0f} {a:9.0f} {b:9.0f}  {k[:150]}')
