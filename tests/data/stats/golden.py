# Independent computation of the expected reports in golden/ and of e1rm-formulas.csv, from
# history.csv and body.csv and the definitions of issue 11 (not from the C++ code). Run from
# this folder: python3 golden.py . -- then review the diff by hand.
import csv, json, math, datetime as dt, sys, os
D = sys.argv[1]
ex = {  # id order = creation order in the test
 't-bench': dict(id=1, primary='CHEST', movement='HORIZONTAL_PUSH', secondary=['CHEST','SHOULDERS','TRICEPS'], name='Test Bench'),
 't-squat': dict(id=2, primary='QUADS', movement='SQUAT', secondary=['GLUTES'], name='Test Squat'),
 't-curl':  dict(id=3, primary='BICEPS', movement='OTHER', secondary=[], name='Test Curl'),
}
S=[100.0,97.8,95.5,93.9,92.2,90.7,89.2,87.8,86.3,85.0,83.7,82.4,81.1,79.9,78.6,77.4,76.2,75.1,73.9,72.3,70.7,69.4,68.0,66.7,65.3,64.0,62.6,61.3,59.9]
def r2(x): return None if x is None else math.floor(x*100+0.5)/100
sets=[]
for row in csv.DictReader(open(os.path.join(D,'history.csv'))):
    s=dict(label=row['label'], ex=row['exercise'], warm=row['is_warmup']=='1',
           w=float(row['weight_kg']) if row['weight_kg'] else None,
           r=int(row['reps']) if row['reps'] else None,
           rpe=float(row['rpe']) if row['rpe'] else (10-int(row['rir']) if row['rir'] else None),
           at=row['performed_at'], idx=int(row['set_index']))
    s['day']=row['session_date'] or row['performed_at'][:10]  # tests run with TZ=UTC
    sets.append(s)
def working(s): return not s['warm'] and s['r'] is not None and s['r']>=1
def load(s): return working(s) and s['w'] is not None and s['w']>0
def rpe_round(p): return math.floor(p*2+0.5)/2
def e1rm(f,w,r,rpe,cap=10):
    if f=='rpe':
        if rpe is None: return None
        p=rpe_round(rpe)
        if p<6.5 or p>10 or r>12: return None
        i=2*(r-1)+int(round(2*(10-p)))
        if i>=len(S): return None
        return w/(S[i]/100)
    if r==1: return w
    if r>cap: return None
    return {'epley':lambda: w*(1+r/30),'brzycki':lambda: w*36/(37-r),'lander':lambda:100*w/(101.3-2.67123*r),
            'lombardi':lambda: w*r**0.10,'mayhew':lambda:100*w/(52.2+41.9*math.exp(-0.055*r)),
            'oconner':lambda: w*(1+0.025*r),'wathan':lambda:100*w/(48.8+53.8*math.exp(-0.075*r))}[f]()
def setf(s): return {'set_log_id':s['label'],'weight_kg':r2(s['w']),'reps':s['r'],'rpe':s['rpe']}
def exparam(slug): return {'slug':slug,'name':ex[slug]['name']}
def ordered(xs): return sorted(xs,key=lambda s:(ex[s['ex']]['id'],s['at'],s['idx']))
def e1rm_report(slug,f='epley',cap=10,fr=None,to=None):
    days={}
    for s in ordered([s for s in sets if s['ex']==slug and load(s)]):
        if fr and s['day']<fr: continue
        if to and s['day']>to: continue
        e=e1rm(f,s['w'],s['r'],s['rpe'],cap)
        if e is None: continue
        if s['day'] not in days or e>days[s['day']][0]: days[s['day']]=(e,s)
    pts=[dict(date=d,e1rm_kg=r2(e),**setf(s)) for d,(e,s) in sorted(days.items())]
    return {'report':'e1rm','parameters':{'exercise':exparam(slug),'formula':f,'rep_cap':cap,'from':fr,'to':to},'points':pts}
def records_report(slug=None,f='epley',cap=10):
    rows=[]; best={}
    cur=None
    for s in ordered([s for s in sets if load(s) and (slug is None or s['ex']==slug)]):
        if s['ex']!=cur: cur=s['ex']; best={}
        w,r=s['w'],s['r']
        cands=[('load',None,w)]
        e=e1rm(f,w,r,s['rpe'],cap)
        if e is not None: cands.append(('e1rm',None,e))
        cands.append(('volume',None,w*r))
        for k in range(1,min(r,12)+1): cands.append(('rep_max',k,w))
        for kind,k,v in cands:
            key=(kind,k); prev=best.get(key)
            if prev is None or v>prev:
                rows.append(dict(exercise=s['ex'],date=s['day'],record=kind,rep_max_reps=k,value=r2(v),previous_value=r2(prev),**setf(s)))
                best[key]=v
    return {'report':'records','parameters':{'exercise':exparam(slug) if slug else None,'formula':f,'rep_cap':cap},'rows':rows}
def repmax_report(slug):
    best={}
    for s in ordered([s for s in sets if load(s) and s['ex']==slug]):
        for k in range(1,min(s['r'],12)+1):
            if k not in best or s['w']>best[k]['w']: best[k]=s
    rows=[dict(rep_max_reps=k,load_kg=r2(best[k]['w']),date=best[k]['day'],**setf(best[k])) for k in sorted(best)]
    return {'report':'rep-maxes','parameters':{'exercise':exparam(slug)},'rows':rows}
def monday(d): d=dt.date.fromisoformat(d); return d-dt.timedelta(days=d.weekday())
def weekly_report(by):
    cells={}
    for s in sets:
        if not working(s): continue
        e=ex[s['ex']]; wk=monday(s['day'])
        prim=e['primary'] if by=='muscle' else e['movement']
        c=cells.setdefault((wk,prim),[0,0,set()])
        c[0]+=1; c[1]+= s['w']*s['r'] if load(s) else 0; c[2].add(s['day'])
        if by=='muscle':
            for m in e['secondary']:
                if m==e['primary']: continue
                c=cells.setdefault((wk,m),[0,0,set()]); c[0]+=0.5; c[2].add(s['day'])
    rows=[]
    for (wk,g),(n,t,days) in sorted(cells.items()):
        y,w,_=wk.isocalendar()
        rows.append(dict(week_start=wk.isoformat(),iso_week=f'{y}-W{w:02d}',group=g,working_sets=n,tonnage_kg=r2(t),training_days=len(days)))
    return {'report':'weekly','parameters':{'by':by,'from':None,'to':None},'rows':rows}
def body_report(fr=None,to=None):
    rows=list(csv.DictReader(open(os.path.join(D,'body.csv'))))
    cols=[('weight_kg',True),('bodyfat_pct',False),('resting_hr',False)]
    pts={}
    for name,iskg in cols:
        meas=[(dt.date.fromisoformat(r['measured_on']),float(r[name])) for r in rows if r[name]]
        for d,v in meas:
            if fr and d<dt.date.fromisoformat(fr): continue
            if to and d>dt.date.fromisoformat(to): continue
            win=[x for (dd,x) in meas if d-dt.timedelta(days=6)<=dd<=d]
            p=pts.setdefault(d,{'date':d.isoformat(),'weight_kg':None,'weight_kg_avg7':None,'bodyfat_pct':None,'bodyfat_pct_avg7':None,'resting_hr':None,'resting_hr_avg7':None})
            p[name]=r2(v) if iskg else v
            p[name+'_avg7']=r2(sum(win)/len(win))
    return {'report':'body','parameters':{'from':fr,'to':to},'points':[pts[d] for d in sorted(pts)]}
out={
 'e1rm-bench-epley':e1rm_report('t-bench'),
 'e1rm-bench-rpe':e1rm_report('t-bench','rpe'),
 'e1rm-bench-brzycki-cap12-range':e1rm_report('t-bench','brzycki',12,'2026-01-28','2026-02-04'),
 'e1rm-squat-wathan':e1rm_report('t-squat','wathan'),
 'records-all':records_report(),
 'records-bench-rpe':records_report('t-bench','rpe'),
 'rep-maxes-bench':repmax_report('t-bench'),
 'weekly-muscle':weekly_report('muscle'),
 'weekly-movement':weekly_report('movement'),
 'body':body_report(),
 'body-range':body_report('2026-02-01','2026-02-10'),
}
for k,v in out.items():
    open(os.path.join(D,'golden',k+'.json'),'w').write(json.dumps(v,indent=1,sort_keys=True)+'\n')
# The formula table
with open(os.path.join(D,'e1rm-formulas.csv'),'w') as f:
    f.write('formula,weight_kg,reps,rpe,rep_cap,e1rm_kg\n')
    for fo in ['epley','brzycki','lander','lombardi','mayhew','oconner','wathan']:
        for cap in (10,12):
            for r in (1,3,5,8,10,12):
                e=e1rm(fo,100,r,None,cap)
                f.write(f'{fo},100,{r},,{cap},{"" if e is None else f"{e:.4f}"}\n')
    for p in (10,9.5,8,7.25,6.5,6):
        for r in (1,3,5,8,10,12):
            e=e1rm('rpe',100,r,p)
            f.write(f'rpe,100,{r},{p},10,{"" if e is None else f"{e:.4f}"}\n')
    f.write(f'rpe,100,5,,10,\n')
