export const id = 897;
export const ids = [897];
export const modules = {

/***/ 897:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/**
 * @typedef Dictionary
 *   Hunspell dictionary.
 * @property {Uint8Array} aff
 *   Data for the affix file (defines the language, keyboard, flags, and more).
 * @property {Uint8Array} dic
 *   Data for the dictionary file (contains words and flags applying to those words).
 */



const aff = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(__webpack_require__.ab + "index.aff")
const dic = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(__webpack_require__.ab + "index.dic")

/** @type {Dictionary} */
const dictionary = {aff, dic}

/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (dictionary);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
