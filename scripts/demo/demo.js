// The language picker of the demo page: sets `lang` on the element, which re-renders in place.
const picker = document.querySelector('#language');
const timeline = document.querySelector('#timeline');
picker.addEventListener('change', () => {
  timeline.lang = picker.value;
});
