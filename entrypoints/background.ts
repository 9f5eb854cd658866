import { defineBackground } from '#imports';

export default defineBackground(() => {
  console.log('switchboard background');
});
