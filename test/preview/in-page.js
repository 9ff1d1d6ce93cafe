// Functions the browser test runs inside the page (page.evaluate sends their source): plain JavaScript, because the
// project's type check has Node's types and no DOM. Their types are in in-page.d.ts.

/** What the page shows in every channel card, in one round trip. */
export function cardsShown() {
  return [...document.querySelectorAll("article.post section.card")].map((card) => {
    const text = card.querySelector("p.text");
    const box = card.getBoundingClientRect();
    return {
      key: `${card.closest("article")?.id} ${card.getAttribute("data-channel")}`,
      label: card.getAttribute("aria-label"),
      textContent: text.textContent,
      innerText: text.innerText,
      visible: box.width > 0 && box.height > 0,
    };
  });
}

/** The text before a card's fold marker, the marker's label (drawn by CSS) and its width; undefined without one. */
export function foldSeen(p) {
  const marker = p.querySelector(".fold");
  if (!marker) return undefined;
  const before = document.createRange();
  before.setStart(p, 0);
  before.setEndBefore(marker);
  return { before: before.toString(), label: getComputedStyle(marker, "::before").content, width: marker.getBoundingClientRect().width };
}

/** The content CSS draws after an element (a finding's number). */
export function afterContent(element) {
  return getComputedStyle(element, "::after").content;
}

export function naturalWidth(img) {
  return img.naturalWidth;
}

/** A paragraph of grey on white, which the contrast measure must report. */
export function addFaintParagraph() {
  const p = document.createElement("p");
  p.textContent = "faint";
  p.setAttribute("style", "color: #999999; background: #ffffff");
  document.querySelector("main")?.append(p);
}

/**
 * Every element with text of its own (and every finding number and fold label drawn by CSS) whose colour has a
 * contrast under 4.5:1 (WCAG's AA for body text) against the background behind it, composited through translucent
 * layers. Text on the images (the ALT badge) is left out: its backdrop is the image.
 */
export function lowContrast() {
  const parse = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const [r, g, b, a = 1] = parse(getComputedStyle(e).backgroundColor);
      if (a > 0) layers.push([r, g, b, a]);
      if (a >= 1) break;
    }
    let rgb = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) rgb = [r, g, b].map((v, i) => v * a + rgb[i] * (1 - a));
    return rgb;
  };
  const ratio = (fg, bg) => {
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const out = [];
  const check = (what, fg, bg) => {
    const r = ratio(fg, bg);
    if (r < 4.5) out.push(`${what}: ${r.toFixed(2)}`);
  };
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".media, .invisible")) continue;
    if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) {
      check(
        `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 30)}"`,
        parse(getComputedStyle(el).color),
        background(el),
      );
    }
    if (el.matches("mark.finding[data-n]")) {
      const after = getComputedStyle(el, "::after");
      check(`${el.className}::after`, parse(after.color), parse(after.backgroundColor));
    }
    if (el.matches(".fold")) check("fold label", parse(getComputedStyle(el, "::before").color), background(el));
  }
  return out;
}
