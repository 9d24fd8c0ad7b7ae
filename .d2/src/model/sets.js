// OCaml's Set.elements order: ascending, duplicates dropped. Strings compare
// by their UTF-8 bytes (String.compare), which is code point order.
function compareStrings(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // UTF-16 puts surrogate pairs (code points above U+FFFF) before U+E000..U+FFFF
        const sx = x >= 0xd800 && x <= 0xdfff;
        const sy = y >= 0xd800 && y <= 0xdfff;
        if (sx !== sy)
            return sx ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
export function compareValues(a, b) {
    if (typeof a === "string" && typeof b === "string")
        return compareStrings(a, b);
    return a < b ? -1 : a > b ? 1 : 0;
}
export function sortedUnique(xs) {
    const out = [...xs].sort(compareValues);
    return out.filter((x, i) => i === 0 || out[i - 1] !== x);
}
//# sourceMappingURL=sets.js.map