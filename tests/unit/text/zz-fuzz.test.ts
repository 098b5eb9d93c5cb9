import { test, expect } from 'vitest';
import { compareVi, sortKeyVi } from '../../../electron/shared/text/collate';
const alphabets = [
 [...'aàAÀăẠạáÁoóÓ ‘\'\u00a0'],
 [...'dđĐDeêÊEèềỀoôơƠÔuưŨỰiIyỴ'],
 [...'aA ,.-–—_;:!?…·\'‘’‚‹›"“”„«»()[]{}§¶@*/\\&#%‰†‡•′″`^°©®←→+±÷×<=>¬|¦~−■□▪○●★✓¢$£¥₫€0123456789\t\n\r\u3000\u2002\u2003\u2009\u00a0\u202f'],
 [...'nNgGhHcCtTrRkKpPqQuU yY'],
 [...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ'],
 [...'çÇñÑüÜðÐøØłŁ cndol'],
];
function rnd(al:string[], n:number){let s='';const len=1+Math.floor(Math.random()*n);for(let i=0;i<len;i++)s+=al[Math.floor(Math.random()*al.length)];return s;}
test('fuzz', () => {
  const bad: string[] = [];
  for (const al of alphabets) for (let k=0;k<100000;k++){ const a=rnd(al,5), b=rnd(al,5); const c1=Math.sign(compareVi(a,b)); const ka=sortKeyVi(a), kb=sortKeyVi(b); const c2 = ka<kb?-1:ka>kb?1:0; if(c1!==c2 && bad.length<30) bad.push(JSON.stringify([a,b,c1,c2])); }
  console.log(bad.join('\n'));
  expect(bad.length).toBe(0);
});
